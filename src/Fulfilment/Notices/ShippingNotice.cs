namespace Fulfilment.Notices;

/// <summary>The seller's statement to the marketplace that parcels of an order were handed over (发货通知).</summary>
public sealed class ShippingNotice
{
    public long Id { get; private set; }
    public long StoreId { get; init; }
    public Store? Store { get; init; }
    public long OrderId { get; init; }
    public Order? Order { get; init; }
    public DateTimeOffset ShippedAt { get; init; }
    public DateTimeOffset FiledAt { get; init; }
    public string FiledBy { get; init; } = "";
    public List<string> WaybillNumbers { get; init; } = [];
}
