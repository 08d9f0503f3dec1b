namespace Fulfilment.Timeline;

/// <summary>Every step that leaves a trace on an order's (or the store's) timeline.</summary>
public enum TimelineEventKind
{
    AccountBound,
    AccountRebound,
    ToppedUp,
    OrderImported,
    OrderCreated,
    LogisticsOrderCreated,
    FreightCharged,
    LabelPrinted,
    PickupRequested,
    PickupAccepted,
    PickupRejected,
    ReceivedAtWarehouse,
    FreightAdjusted,
    NoticeFiled,
    ShipmentConfirmedComplete,
    LogisticsOrderCancelled,
    Refunded,
}
