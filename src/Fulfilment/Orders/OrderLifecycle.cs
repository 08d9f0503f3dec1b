namespace Fulfilment.Orders;

/// <summary>
/// The order's state machine: the one table of allowed moves. Anything not listed is refused with a reason.
/// AwaitingShipment → PartiallyShipped → Shipped, driven by shipping notices, or by "Confirm shipment complete".
/// Every service moves an order only through <see cref="Order.Apply"/>, which asks this table.
/// </summary>
public static class OrderLifecycle
{
    private static readonly Dictionary<(OrderStatus From, OrderTrigger Trigger), OrderStatus> Allowed = new()
    {
        [(OrderStatus.AwaitingShipment, OrderTrigger.NoticeFiledPartly)] = OrderStatus.PartiallyShipped,
        [(OrderStatus.AwaitingShipment, OrderTrigger.NoticeFiledFully)] = OrderStatus.Shipped,
        [(OrderStatus.PartiallyShipped, OrderTrigger.NoticeFiledPartly)] = OrderStatus.PartiallyShipped,
        [(OrderStatus.PartiallyShipped, OrderTrigger.NoticeFiledFully)] = OrderStatus.Shipped,
        [(OrderStatus.PartiallyShipped, OrderTrigger.ShipmentConfirmedComplete)] = OrderStatus.Shipped,

        // A parcel created before the seller confirmed the order complete was paid for and handed over: its notice is
        // still owed to the buyer, and filing it leaves the order Shipped.
        [(OrderStatus.Shipped, OrderTrigger.NoticeFiledPartly)] = OrderStatus.Shipped,
        [(OrderStatus.Shipped, OrderTrigger.NoticeFiledFully)] = OrderStatus.Shipped,
    };

    public static IEnumerable<(OrderStatus From, OrderTrigger Trigger, OrderStatus To)> Transitions =>
        Allowed.Select(kv => (kv.Key.From, kv.Key.Trigger, kv.Value));

    public static Result<OrderStatus> Next(OrderStatus from, OrderTrigger trigger)
    {
        if (Allowed.TryGetValue((from, trigger), out var to))
        {
            return to;
        }

        return Problem.InvalidState(RefusalReason(from, trigger));
    }

    private static string RefusalReason(OrderStatus from, OrderTrigger trigger) => (from, trigger) switch
    {
        (OrderStatus.Shipped, _) => Text.Get("This order is already shipped."),
        (OrderStatus.AwaitingShipment, OrderTrigger.ShipmentConfirmedComplete) =>
            Text.Get("File a shipping notice for at least one parcel before confirming shipment complete."),
        _ => Text.Get("This step is not possible for the order in its current status."),
    };
}
