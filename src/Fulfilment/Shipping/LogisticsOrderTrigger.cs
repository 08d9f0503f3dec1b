namespace Fulfilment.Shipping;

/// <summary>What can happen to a logistics order that changes its status.</summary>
public enum LogisticsOrderTrigger
{
    PickupAccepted,
    PickupRejected,
    ReceivedAtWarehouse,
    Cancel,
}
