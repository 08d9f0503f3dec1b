using Fulfilment.Identity;
using Fulfilment.Orders;

namespace Fulfilment.Notices;

/// <summary>
/// A shipment the seller sent by its own carrier and declared with a shipping notice: its units count as shipped (they
/// are allocated on the order's lines), so online shipping can no longer ship them.
/// </summary>
public sealed class ExternalShipment
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public Store? Store { get; set; }
    public long OrderId { get; set; }
    public Order? Order { get; set; }
    public long ShippingNoticeId { get; set; }
    public string CarrierName { get; set; } = "";
    public string TrackingNumber { get; set; } = "";

    /// <summary>An absolute http(s) address where the buyer can follow the parcel, when the seller gave one.</summary>
    public string? TrackingUrl { get; set; }

    public DateTimeOffset ShippedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<ExternalShipmentLine> Lines { get; set; } = [];
}

public sealed class ExternalShipmentLine
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public long ExternalShipmentId { get; set; }
    public long OrderLineId { get; set; }
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }
}

/// <summary>An external shipment as the order details and the API show it.</summary>
public sealed record ExternalShipmentView(long Id, string CarrierName, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt, IReadOnlyList<ExternalShipmentLineView> Lines)
{
    public int Quantity => Lines.Sum(l => l.Quantity);

    public static ExternalShipmentView From(ExternalShipment s) =>
        new(s.Id, s.CarrierName, s.TrackingNumber, s.TrackingUrl, s.ShippedAt, [.. s.Lines.OrderBy(l => l.Id).Select(l => new ExternalShipmentLineView(l.Sku, l.Quantity))]);
}

public sealed record ExternalShipmentLineView(string Sku, int Quantity);
