using Fulfilment.Common;
using Fulfilment.Notices;
using Fulfilment.Shipping;
using Fulfilment.Web.Security;

namespace Fulfilment.Web.Api.Notices;

/// <summary>Shipping notices, "Confirm shipment complete", and cancelling a logistics order.</summary>
internal sealed class NoticeEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var orders = api.MapGroup("/orders/{orderNumber}").RequireAuthorization(Policies.ApiSeller).WithTags("Shipping notices");
        orders.MapPost("/shipping-notices", async (string orderNumber, FileNoticeRequest body, NoticeService notices, CancellationToken ct) =>
                (await notices.File(orderNumber, body, ct)).Created(n => $"/api/orders/{Uri.EscapeDataString(n.OrderNumber)}"))
            .WithSummary("File the shipping notice for one or more of the order's parcels (not cancelled, not yet noticed). " +
                         "The order becomes Shipped when noticed parcels cover every ordered unit, otherwise PartiallyShipped.")
            .WithName("FileShippingNotice")
            .Produces<ShippingNoticeView>(StatusCodes.Status201Created)
            .ProducesConflict(ProblemCodes.InvalidState);
        orders.MapPost("/complete-shipment", async (string orderNumber, NoticeService notices, CancellationToken ct) =>
                (await notices.CompleteShipment(orderNumber, ct)).Ok())
            .WithSummary("Confirm shipment complete: marks a partially shipped order Shipped on purpose (409 invalid_state before any notice).")
            .WithName("CompleteShipment")
            .Produces<OrderStatusView>()
            .ProducesConflict(ProblemCodes.InvalidState);

        api.MapPost("/logistics-orders/{id:long}/cancel", async (long id, CancellationService cancellation, CancellationToken ct) =>
                (await cancellation.Cancel(id, ct)).Ok())
            .RequireAuthorization(Policies.ApiSeller)
            .WithTags("Logistics orders")
            .WithSummary("Cancel until a warehouse has received the parcel and while no notice is filed; freight and return fee are refunded, the units become shippable again.")
            .WithName("CancelLogisticsOrder")
            .Produces<LogisticsOrderView>()
            .ProducesConflict(ProblemCodes.InvalidState);
    }
}
