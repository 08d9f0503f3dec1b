namespace Fulfilment.Shipping;

/// <summary>How the parcel reaches the logistics network.</summary>
public enum HandoverMode
{
    /// <summary>A collection warehouse serving the sender's address collects for free (免费上门揽收).</summary>
    DoorPickup,

    /// <summary>The seller sends it by domestic express to the designated transit warehouse (自寄至指定中转仓库).</summary>
    SelfSend,

    /// <summary>The seller asked a collection warehouse to collect; it has not decided yet (申请仓库上门揽收).</summary>
    PickupRequested,
}

/// <summary>What the seller asked for when creating the logistics order.</summary>
public enum HandoverChoice
{
    /// <summary>Door pickup when a collection warehouse serves the sender, otherwise self-send.</summary>
    Auto,

    /// <summary>Apply for pickup from a chosen collection warehouse.</summary>
    RequestPickup,

    /// <summary>Self-send to the designated transit warehouse, also when a collection warehouse would collect.</summary>
    SelfSend,
}
