using Fulfilment.Warehouses.DecidePickupRequest;

namespace Fulfilment.Web.Api.Warehouse;

/// <summary>
/// <c>/api/warehouse</c>: the signed-in staff member's own warehouse. Another warehouse's pickup request is
/// <c>404 not_found</c>; scanning another warehouse's (or a cancelled) parcel is <c>409 invalid_state</c>.
/// </summary>
internal sealed class WarehouseEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/warehouse").RequireAuthorization(Policies.ApiWarehouseStaff).WithTags("Warehouse");
        group.MapGet("/pickup-requests", async (PickupRequestQuery service, PickupRequestStatus? status, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await service.List(status, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultSize), ct)))
            .WithSummary("This warehouse's pickup requests with the sender address and the parcel; pending first (oldest first), then the latest decisions.")
            .WithName("ListPickupRequests");
        group.MapGet("/pickup-requests/{id:long}", async (long id, PickupRequestQuery service, CancellationToken ct) =>
            (await service.Get(id, ct)).Ok())
            .WithSummary("One of this warehouse's pickup requests, with the sender address and the parcel.")
            .WithName("GetPickupRequest")
            .Produces<PickupRequestView>();
        group.MapPost("/pickup-requests/{id:long}/accept", async (long id, DecidePickupRequestHandler service, CancellationToken ct) =>
                (await service.Accept([id], ct)).Ok(r => r[0]))
            .WithSummary("Accept: the warehouse collects the parcel door to door. 409 invalid_state once decided.")
            .WithName("AcceptPickupRequest")
            .Produces<PickupRequestView>()
            .ProducesConflict(ProblemCodes.InvalidState);
        group.MapPost("/pickup-requests/{id:long}/reject", async (long id, PickupRejection body, DecidePickupRequestHandler service, CancellationToken ct) =>
                (await service.Reject([id], body, ct)).Ok(r => r[0]))
            .WithSummary("Reject with a reason (required, up to 500 characters) the seller reads; the parcel becomes a self-send to the default transit warehouse.")
            .WithName("RejectPickupRequest")
            .Produces<PickupRequestView>()
            .ProducesConflict(ProblemCodes.InvalidState);
        group.MapPost("/inbound", ScanAsync)
            .WithSummary("Scan a parcel in with its measured weight.")
            .WithDescription(
                "200 answers the parcel (as the logistics order) plus `alreadyReceived` and `freightAdjustment` (positive: charged " +
                "to the seller, negative: refunded, 0: none) and `storeName`. A second scan answers 200 with `alreadyReceived: true` " +
                "and changes nothing. 404 for an unknown waybill; 409 invalid_state for a cancelled parcel or one bound for another " +
                "warehouse. A higher freight is taken from the seller's prepaid credit first and the rest withheld from the bound account; " +
                "409 insufficient_balance or deduction_declined when the account refuses (the parcel is then not received: hold it and " +
                "scan again after the seller rebinds or adds credit). Honours Idempotency-Key.")
            .WithName("ScanInbound")
            .ProducesExtended<LogisticsOrderView, ScanOutcome>("ScannedParcel", "The parcel as the logistics order, with what the scan did alongside its fields.")
            .AcceptsIdempotencyKey()
            .ProducesProblemCodes(StatusCodes.Status404NotFound, ProblemCodes.NotFound)
            .ProducesConflict(ProblemCodes.InvalidState, ProblemCodes.InsufficientBalance, ProblemCodes.DeductionDeclined);
    }

    private static async Task<IResult> ScanAsync(InboundScanRequest body, HttpRequest http, ReceiveParcelHandler service, CancellationToken ct)
    {
        var key = http.IdempotencyKey();
        if (!key.IsSuccess)
        {
            return key.Problem.ToResult();
        }

        var result = await service.Scan(body, key.Value, ct);
        return result.IsSuccess ? TypedResults.Ok(Flatten(result.Value)) : result.Problem.ToResult();
    }

    // The contract answers "the parcel": the logistics order's own fields, with the scan's outcome alongside them.
    private static JsonObject Flatten(InboundScan scan)
    {
        var parcel = JsonSerializer.SerializeToNode(scan.Parcel, Json.Options)!.AsObject();
        parcel["alreadyReceived"] = scan.AlreadyReceived;
        parcel["freightAdjustment"] = scan.FreightAdjustment;
        parcel["storeName"] = scan.StoreName;
        return parcel;
    }

    /// <summary>What an inbound scan answers beside the logistics order's own fields.</summary>
    /// <param name="AlreadyReceived">True for a repeated scan, which changes nothing.</param>
    /// <param name="FreightAdjustment">Freight charged (positive) or refunded (negative) for the measured weight; 0 for none.</param>
    /// <param name="StoreName">The seller's store, to sort the parcel by.</param>
    internal sealed record ScanOutcome(bool AlreadyReceived, decimal FreightAdjustment, string StoreName);
}
