using Fulfilment.Common;
using Fulfilment.Labels;
using Fulfilment.Web.Api.Packages;
using Fulfilment.Web.Security;
using Microsoft.AspNetCore.Mvc;

namespace Fulfilment.Web.Api.Labels;

/// <summary><c>POST /api/labels</c>: many labels in one PDF.</summary>
internal sealed class LabelEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api) =>
        api.MapPost("/labels", async ([FromBody] LabelBatchRequest? body, LabelService labels, CancellationToken ct) =>
                LogisticsOrderEndpoints.Label(await labels.PrintBatch(body ?? new LabelBatchRequest(null), ct)))
            .RequireAuthorization(Policies.ApiSeller)
            .WithTags("Labels")
            .Accepts<LabelBatchRequest>("application/json")
            .Produces<Stream>(StatusCodes.Status200OK, "application/pdf")
            .WithSummary("One PDF with a label page per id of `logisticsOrderIds` (1 to 500, each once), in the given order.")
            .WithDescription("A batch naming any id that is not one of the store's logistics orders fails whole with 404 and prints nothing; a cancelled parcel fails it with 409. Every label printed is recorded.")
            .WithName("PrintLabels")
            .ProducesProblemCodes(StatusCodes.Status404NotFound, ProblemCodes.NotFound)
            .ProducesConflict(ProblemCodes.InvalidState);
}
