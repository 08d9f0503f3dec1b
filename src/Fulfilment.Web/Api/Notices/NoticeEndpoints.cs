using Fulfilment.Notices;
using Fulfilment.Notices.CompleteShipment;
using Fulfilment.Notices.FileShippingNotice;

namespace Fulfilment.Web.Api.Notices;

/// <summary>Shipping notices and "Confirm shipment complete".</summary>
internal sealed class NoticeEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders/{orderNumber}").RequireAuthorization(Policies.ApiSeller).WithTags("Shipping notices");
        orders.MapPost("/shipping-notices", async (string orderNumber, FileNoticeRequest body, FileShippingNoticeHandler notices, CancellationToken ct) =>
                (await notices.File(orderNumber, body, ct)).Created(n => $"/api/orders/{Uri.EscapeDataString(n.OrderNumber)}"))
            .WithSummary("File the shipping notice for one or more of the order's parcels (not cancelled, not yet noticed) and/or shipments sent by your own carrier.")
            .WithDescription(
                "waybillNumbers: online parcels of the order. A parcel no warehouse has received yet (AwaitingHandover, PickupRequested) " +
                "needs handedOver: true (the seller confirms it is packed and handed to the carrier; recorded on the parcel and the timeline), " +
                "otherwise 409 not_handed_over. externalShipments: [{carrierName (≤100), trackingNumber (≤60), trackingUrl? (absolute http/https), " +
                "lines: [{sku, quantity}] or null for every unit that remains}]; their units count as shipped, so online shipping answers " +
                "409 nothing_to_ship for them, and more than remain is 409 nothing_to_ship. At least one parcel or shipment. " +
                "The order becomes Shipped when noticed parcels and external shipments cover every ordered unit, otherwise PartiallyShipped " +
                "(a notice on an order already confirmed complete leaves it Shipped). Field errors are 400 validation_failed naming the field " +
                "(e.g. externalShipments[0].trackingUrl).")
            .WithName("FileShippingNotice")
            .Produces<ShippingNoticeView>(StatusCodes.Status201Created)
            .ProducesConflict(ProblemCodes.NotHandedOver, ProblemCodes.NothingToShip, ProblemCodes.InvalidState);
        orders.MapPost("/complete-shipment", async (string orderNumber, CompleteShipmentHandler completion, CancellationToken ct) =>
                (await completion.Complete(orderNumber, ct)).Ok())
            .WithSummary("Confirm shipment complete: marks a partially shipped order Shipped on purpose (409 invalid_state before any notice).")
            .WithName("CompleteShipment")
            .Produces<OrderStatusView>()
            .ProducesConflict(ProblemCodes.InvalidState);
    }
}
