namespace Fulfilment.Orders;

public enum OrderStatus
{
    AwaitingShipment,
    PartiallyShipped,
    Shipped,
}
