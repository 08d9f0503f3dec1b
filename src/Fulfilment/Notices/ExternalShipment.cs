namespace Fulfilment.Notices;

/// <summary>
/// A shipment the seller sent by its own carrier and declared with a shipping notice: its units count as shipped (they
/// are allocated on the order's lines), so online shipping can no longer ship them.
/// </summary>
public sealed class ExternalShipment
{
    public long Id { get; private set; }
    public long StoreId { get; init; }
    public Store? Store { get; init; }
    public long OrderId { get; init; }
    public Order? Order { get; init; }
    public long ShippingNoticeId { get; init; }
    public string CarrierName { get; init; } = "";
    public string TrackingNumber { get; init; } = "";

    /// <summary>An absolute http(s) address where the buyer can follow the parcel, when the seller gave one.</summary>
    public string? TrackingUrl { get; init; }

    public DateTimeOffset ShippedAt { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string CreatedBy { get; init; } = "";
    public List<ExternalShipmentLine> Lines { get; init; } = [];
}

public sealed class ExternalShipmentLine
{
    public long Id { get; private set; }
    public long StoreId { get; init; }
    public long ExternalShipmentId { get; init; }
    public long OrderLineId { get; init; }
    public string Sku { get; init; } = "";
    public int Quantity { get; init; }
}

/// <summary>An external shipment as the order details and the API show it.</summary>
public sealed record ExternalShipmentView(long Id, string CarrierName, string TrackingNumber, string? TrackingUrl, DateTimeOffset ShippedAt, IReadOnlyList<ExternalShipmentLineView> Lines)
{
    public int Quantity => Lines.Sum(l => l.Quantity);

    public static ExternalShipmentView From(ExternalShipment s) =>
        new(s.Id, s.CarrierName, s.TrackingNumber, s.TrackingUrl, s.ShippedAt, [.. s.Lines.OrderBy(l => l.Id).Select(l => new ExternalShipmentLineView(l.Sku, l.Quantity))]);
}

public sealed record ExternalShipmentLineView(string Sku, int Quantity);
