namespace Fulfilment.Shipping;

public enum LogisticsOrderStatus
{
    /// <summary>Waiting for the door pickup or for the seller's self-send to arrive.</summary>
    AwaitingHandover,

    /// <summary>Waiting for the chosen collection warehouse to accept or reject the pickup request.</summary>
    PickupRequested,

    /// <summary>Scanned in at the warehouse; from here on it cannot be cancelled.</summary>
    ReceivedAtWarehouse,

    Cancelled,
}
