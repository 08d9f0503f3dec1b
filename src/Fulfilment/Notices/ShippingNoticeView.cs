namespace Fulfilment.Notices;

/// <summary>A filed notice as the API answers it, with the order's status after filing.</summary>
public sealed record ShippingNoticeView(
    long Id,
    string OrderNumber,
    IReadOnlyList<string> WaybillNumbers,
    DateTimeOffset ShippedAt,
    DateTimeOffset FiledAt,
    string FiledBy,
    OrderStatus OrderStatus,
    IReadOnlyList<ExternalShipmentView>? ExternalShipments = null);

/// <summary>The order's status after a step that can change it.</summary>
public sealed record OrderStatusView(string OrderNumber, OrderStatus Status, string? CompletedBy, DateTimeOffset? CompletedAt);

/// <summary>The notice page: parcels waiting for their notice, and the order's lines with what remains to ship.</summary>
public sealed record NoticeFormView(string OrderNumber, OrderStatus Status, IReadOnlyList<Shipping.LogisticsOrder> Parcels, IReadOnlyList<OrderLineView> Lines)
{
    public int RemainingQuantity => Lines.Sum(l => l.RemainingQuantity);

    /// <summary>Whether anything can be noticed: a parcel waiting for its notice, or units left to send by the seller's own carrier.</summary>
    public bool HasAnythingToNotice => Parcels.Count > 0 || RemainingQuantity > 0;
}
