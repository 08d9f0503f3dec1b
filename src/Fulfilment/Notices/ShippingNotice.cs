using Fulfilment.Identity;
using Fulfilment.Orders;

namespace Fulfilment.Notices;

/// <summary>The seller's statement to the marketplace that parcels of an order were handed over (发货通知).</summary>
public sealed class ShippingNotice
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public Store? Store { get; set; }
    public long OrderId { get; set; }
    public Order? Order { get; set; }
    public DateTimeOffset ShippedAt { get; set; }
    public DateTimeOffset FiledAt { get; set; }
    public string FiledBy { get; set; } = "";
    public List<string> WaybillNumbers { get; set; } = [];
}
