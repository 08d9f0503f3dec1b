using Fulfilment.Web.Api.LogisticsOrders;

namespace Fulfilment.Web.Api.Labels;

/// <summary><c>POST /api/labels</c>: many labels in one PDF or one ZPL document.</summary>
internal sealed class LabelEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/labels", async ([FromBody] LabelBatchRequest? body, LabelService labels, CancellationToken ct) =>
                LogisticsOrderEndpoints.Label(await labels.PrintBatch(body ?? new LabelBatchRequest(null), ct), ct))
            .RequireAuthorization(Policies.ApiSeller)
            .WithTags("Labels")
            .Accepts<LabelBatchRequest>("application/json")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "text/plain")
            .WithSummary("One file with a label per id of `logisticsOrderIds` (1 to 500, each once), in the given order: a PDF (a page each) or, with `format: \"zpl\"`, one ZPL document.")
            .WithDescription(
                "`format` is `pdf` (the default, also when absent: `application/pdf`, one 100 × 150 mm page a label) or `zpl` " +
                "(`text/plain; charset=utf-8`: ZPL II for 203 dpi Zebra-compatible printers, one `^XA…^XZ` format a label, " +
                "concatenated in the given order); any other value is 400 validation_failed on `format`. " +
                "A batch naming any id that is not one of the store's logistics orders fails whole with 404 and prints nothing; " +
                "a cancelled parcel fails it with 409. Every label printed is recorded. The file is sent as it is produced " +
                "(chunked, without Content-Length).")
            .WithName("PrintLabels")
            .ProducesProblemCodes(StatusCodes.Status404NotFound, ProblemCodes.NotFound)
            .ProducesConflict(ProblemCodes.InvalidState);
}
