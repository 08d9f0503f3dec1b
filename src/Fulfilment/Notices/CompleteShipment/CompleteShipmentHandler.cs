namespace Fulfilment.Notices.CompleteShipment;

/// <summary>Confirm shipment complete (发货完毕确认): closes a partially shipped order on purpose.</summary>
public sealed class CompleteShipmentHandler(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    TimelineRecorder timeline,
    ICurrentActor actor,
    IClock clock)
{
    /// <summary>发货完毕确认: marks a partially shipped order Shipped on purpose and records who did it.</summary>
    public Task<Result<OrderStatusView>> Complete(string orderNumber, CancellationToken ct) =>
        unitOfWork.Run<OrderStatusView>(
            async token =>
            {
                var order = await db.Orders.SingleOrDefaultAsync(o => o.OrderNumber == orderNumber, token);
                if (order is null)
                {
                    return OrderProblems.NotFound();
                }

                if (order.Apply(OrderTrigger.ShipmentConfirmedComplete, clock.UtcNow, actor.Name) is { IsSuccess: false } refused)
                {
                    return refused.Problem;
                }

                timeline.Record(order.StoreId, TimelineEventKind.ShipmentConfirmedComplete, order.Id);
                return new OrderStatusView(order.OrderNumber, order.Status, order.CompletedBy, order.CompletedAt);
            },
            ct);
}
