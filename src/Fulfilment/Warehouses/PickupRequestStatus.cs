namespace Fulfilment.Warehouses;

public enum PickupRequestStatus
{
    Pending,
    Accepted,
    Rejected,

    /// <summary>The seller cancelled the parcel before the warehouse decided.</summary>
    Withdrawn,
}
