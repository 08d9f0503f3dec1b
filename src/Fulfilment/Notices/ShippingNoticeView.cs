using Fulfilment.Orders;

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
