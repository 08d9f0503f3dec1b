using Fulfilment.Shipping.BulkShip;

namespace Fulfilment.Web.Api.Shipping;

/// <summary>
/// <c>/api/orders/bulk-logistics-orders</c>: ship several orders with their buyers' channels — a preview (nothing is
/// stored), then one logistics order per order, each idempotent under the batch's Idempotency-Key.
/// </summary>
internal sealed class BulkShipEndpoints : IApiEndpoints
{
    private const string Defaults =
        "Each order ships with the channel its buyer chose, packed as the logistics order form's defaults: every remaining unit, " +
        "the weight of those units, the declared value as the sum of their prices, the English item titles as the contents " +
        "description, the default sender address, and the handover Auto gives it (door pickup when a collection warehouse serves " +
        "the sender, otherwise self-send to the designated transit warehouse). goodsType (default General) and undeliverable " +
        "(Return or Destroy, required) apply to every order. An order that cannot ship this way is refused with a problem code " +
        "and message: not_found (not one of the store's orders), invalid_state (already shipped), nothing_to_ship (every unit " +
        "is in a parcel), no_buyer_channel (the buyer chose none), channel_ineligible (the channel is not in service, does " +
        "not serve the destination, refuses the goods type, or the parcel is over its weight limit), validation_failed (no " +
        "sender address, or no item title in English for the customs description). orderNumbers: 1 to 100, each once.";

    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/orders/bulk-logistics-orders").RequireAuthorization(Policies.ApiSeller).WithTags("Online shipping");
        group.MapPost("/preview", async (BulkShipRequest body, BulkShipService service, CancellationToken ct) =>
                (await service.Preview(body, ct)).Ok())
            .WithSummary("Preview shipping several orders with their buyers' channels: each order's quote and handover, or why it would be skipped, and the total to be deducted. Nothing is stored or charged.")
            .WithDescription(Defaults + " The answer lists the orders in the given order; toBeDeducted is the sum over the eligible " +
                "ones (freight plus the return service fee for Return), balance the prepaid credit (a shortfall is withheld from the " +
                "bound account when the batch ships). agreementAccepted is not needed for a preview.")
            .WithName("PreviewBulkLogisticsOrders")
            .Produces<BulkShipPreview>()
            .ProducesConflict(ProblemCodes.FreightAccountUnbound);
        group.MapPost("/", async (BulkShipRequest body, HttpRequest request, BulkShipService service, CancellationToken ct) =>
            {
                var key = request.IdempotencyKey();
                return key.IsSuccess ? (await service.Ship(body, key.Value, ct)).Ok() : key.Problem.ToResult();
            })
            .WithSummary("Ship several orders with their buyers' channels: a logistics order per order (freight deducted, waybill issued), and a result per order.")
            .WithDescription(Defaults + " agreementAccepted must be true. The Idempotency-Key header is required: each order runs in " +
                "its own transaction under a key derived from it and the order number, so a repeat of the batch (or a racing twin) " +
                "answers the logistics orders already created and creates only the missing ones — no order is shipped or charged " +
                "twice; the same key with other orderNumbers or choices is 422 idempotency_key_reused. The answer is 200 with a result " +
                "per order, in the given order: created true with the logistics order (as 201 from the single-order create answers " +
                "it), or created false with the problem (code and message) that stopped that order; nothing was created or charged " +
                "for it. An order refused for money (insufficient_balance, deduction_declined) does not stop the others. deducted is " +
                "the sum of the created parcels' charges.")
            .WithName("CreateBulkLogisticsOrders")
            .Produces<BulkShipResult>()
            .AcceptsIdempotencyKey();
    }
}
