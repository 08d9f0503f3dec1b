namespace Fulfilment.Shipping;

/// <summary>What happens to a parcel that cannot be delivered (无法投递包裹处理).</summary>
public enum UndeliverableHandling
{
    /// <summary>Returned to the seller; the channel's return service fee is charged now, no return freight later.</summary>
    Return,

    /// <summary>Destroyed overseas, free of charge.</summary>
    Destroy,
}
