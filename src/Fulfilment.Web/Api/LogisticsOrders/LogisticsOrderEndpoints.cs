using Fulfilment.Shipping.CancelLogisticsOrder;

namespace Fulfilment.Web.Api.LogisticsOrders;

/// <summary><c>/api/logistics-orders</c>: the store's logistics orders, their labels, and cancelling one.</summary>
internal sealed class LogisticsOrderEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/logistics-orders").RequireAuthorization(Policies.ApiSeller).WithTags("Logistics orders");
        group.MapGet("/", async (LogisticsOrderQuery packages, string? orderNumber, string? waybillNumber, string? status, bool? unprinted, int? page, int? pageSize, CancellationToken ct) =>
                (await packages.List(new LogisticsOrderFilter(orderNumber, waybillNumber, status, unprinted ?? false, page ?? 1, pageSize ?? PageRequest.DefaultSize), ct)).Ok())
            .Produces<Paged<LogisticsOrderView>>()
            .WithSummary("The store's logistics orders, newest first.")
            .WithDescription(
                "`orderNumber` and `waybillNumber` match any part of the number (case and blanks ignored); `status` is one of " +
                "AwaitingHandover, PickupRequested, ReceivedAtWarehouse, Cancelled; `unprinted=true` keeps the parcels whose label was " +
                "never printed (cancelled ones excluded). Paged with `page` and `pageSize` (at most 200).")
            .WithName("ListLogisticsOrders")
            .AcceptsQueryValues<LogisticsOrderStatus>("status")
            .ProducesProblemCodes(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed);
        group.MapGet("/{id:long}", async (long id, LogisticsOrderQuery packages, CancellationToken ct) =>
                (await packages.Get(id, ct)).Ok(d => d.Parcel))
            .Produces<LogisticsOrderView>()
            .WithSummary("One logistics order; another store's is 404.")
            .WithName("GetLogisticsOrder");
        group.MapGet("/{id:long}/label", async (long id, string? format, LabelService labels, CancellationToken ct) =>
                Label(await labels.Print(id, format, ct), ct))
            .WithSummary("The cargo label: `format=pdf` (default, application/pdf) or `zpl` (text/plain, ZPL II).")
            .WithDescription("Every call is a print: the print count, the last printed time and a LabelPrinted timeline event are recorded. A cancelled parcel's label is 409 invalid_state.")
            .WithName("GetLabel")
            .AcceptsQueryValues("format", "LabelFormat", ["pdf", "zpl"], defaultValue: "pdf")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf", "text/plain")
            .ProducesProblemCodes(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed)
            .ProducesConflict(ProblemCodes.InvalidState);
        group.MapPost("/{id:long}/cancel", async (long id, CancelLogisticsOrderHandler cancellation, CancellationToken ct) =>
                (await cancellation.Cancel(id, ct)).Ok())
            .WithSummary("Cancel until a warehouse has received the parcel and while no notice is filed; freight and return fee are refunded, the units become shippable again.")
            .WithName("CancelLogisticsOrder")
            .Produces<LogisticsOrderView>()
            .ProducesConflict(ProblemCodes.InvalidState);
        group.MapGet("/{id:long}/label/preview", async (long id, LabelService labels, CancellationToken ct) =>
                await labels.Preview(id, ct) is var preview && preview.IsSuccess
                    ? Results.Text(preview.Value, SvgLabelPreview.ContentType)
                    : preview.Problem.ToResult())
            .WithSummary("The cargo label as an SVG picture (image/svg+xml), to show on screen.")
            .WithDescription("Drawn from the same layout as the PDF, without the label fonts embedded (each text run names its face and is stretched to the measured width). Not a print: the print count, the last printed time and the timeline are left unchanged. A cancelled parcel's label is 409 invalid_state; another store's parcel is 404.")
            .WithName("GetLabelPreview")
            .Produces<Stream>(StatusCodes.Status200OK, SvgLabelPreview.ContentType)
            .ProducesConflict(ProblemCodes.InvalidState);
    }

    /// <summary>
    /// A label file as the answer, named after its waybill (or the batch), written as it is rendered (no
    /// Content-Length: a 500-label PDF starts arriving before its last page is compressed).
    /// </summary>
    public static IResult Label(Result<LabelFile> result, CancellationToken ct) =>
        result.IsSuccess
            ? TypedResults.Stream((stream) => result.Value.WriteAsync(stream, ct), result.Value.ContentType, result.Value.FileName)
            : result.Problem.ToResult();
}
