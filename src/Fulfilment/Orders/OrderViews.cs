namespace Fulfilment.Orders;

/// <summary>How pressing an order's ship-by date is, on the store's own day (its time zone).</summary>
public enum ShipByUrgency
{
    Overdue,
    DueToday,
    Upcoming,

    /// <summary>Shipped: the date no longer matters.</summary>
    Done,
}

public sealed record OrderLineView(string Sku, string Title, int Quantity, int ShippedQuantity, int RemainingQuantity, decimal UnitPrice, int WeightGrams);

/// <summary>An order as the inbox and <c>GET /api/orders</c> list it. The first fields are the contract.</summary>
public sealed record OrderSummary(
    string OrderNumber,
    string BuyerName,
    OrderStatus Status,
    DateTimeOffset ShipBy,
    string? BuyerChannelCode,
    string DestinationCountry,
    string? BuyerChannelName,
    DateTimeOffset PlacedAt,
    string RecipientName,
    string RecipientCity,
    int TotalQuantity,
    int RemainingQuantity,
    ShipByUrgency Urgency,
    IReadOnlyList<OrderLineView> Lines,
    bool ParcelsAwaitingNotice = false,
    bool AwaitingNotice = false);

/// <summary>
/// How many of the store's orders (matching the search, if any) each status tab holds; a count above
/// <see cref="Cap"/> is only known to be "more than the cap".
/// </summary>
public sealed record InboxCounts(int AwaitingShipment, int PartiallyShipped, int Shipped, int Cap = int.MaxValue)
{
    public int Total => AwaitingShipment + PartiallyShipped + Shipped;

    public int For(OrderStatus? status) => status switch
    {
        OrderStatus.AwaitingShipment => AwaitingShipment,
        OrderStatus.PartiallyShipped => PartiallyShipped,
        OrderStatus.Shipped => Shipped,
        _ => Total,
    };

    /// <summary>Whether the real count is above the cap (the number shown is then "cap+").</summary>
    public bool IsCapped(OrderStatus? status) => status is null
        ? Enum.GetValues<OrderStatus>().Any(s => IsCapped(s))
        : For(status) > Cap;
}

/// <summary>What the inbox asks: a status tab (none = all), a search by order number or buyer, and a page.</summary>
public sealed record InboxQuery(OrderStatus? Status, string? Q, PageRequest Page)
{
    /// <summary>Dates, destination country and sort (<see cref="InboxFilter"/>); none by default.</summary>
    public InboxFilter Filter { get; init; } = InboxFilter.None;

    public string? Search => string.IsNullOrWhiteSpace(Q) ? null : Q.Trim();
}

public sealed record OrderInbox(InboxQuery Query, InboxCounts Counts, Paged<OrderSummary> Orders);

/// <summary>An order with its lines, parcels and timeline, as the details page and <c>GET /api/orders/{orderNumber}</c> show it.</summary>
public sealed record OrderDetails(
    string OrderNumber,
    string BuyerName,
    OrderStatus Status,
    DateTimeOffset PlacedAt,
    DateTimeOffset ShipBy,
    string? BuyerChannelCode,
    string? BuyerChannelName,
    string DestinationCountry,
    Address Recipient,
    ShipByUrgency Urgency,
    IReadOnlyList<OrderLineView> Lines,
    IReadOnlyList<LogisticsOrderView> LogisticsOrders,
    DateTimeOffset? CompletedAt,
    string? CompletedBy,
    [property: JsonIgnore] IReadOnlyList<TimelineEvent> Events)
{
    /// <summary>Shipments the seller sent by its own carrier, declared with a notice (their units count as shipped).</summary>
    public IReadOnlyList<Notices.ExternalShipmentView> ExternalShipments { get; init; } = [];

    /// <summary>Whether the order offers Fill in shipping notice (<see cref="Orders.AwaitingNotice.Order"/>).</summary>
    public bool AwaitingNotice { get; init; }

    public int TotalQuantity => Lines.Sum(l => l.Quantity);

    public int ShippedQuantity => Lines.Sum(l => l.ShippedQuantity);

    public int RemainingQuantity => Lines.Sum(l => l.RemainingQuantity);

    /// <summary>Newest first.</summary>
    public IReadOnlyList<TimelineEntryView> Timeline => [.. Events.Select(TimelineEntryView.From)];
}

/// <summary>One timeline step for API clients: what happened (<see cref="Kind"/> with its data), when, by whom.</summary>
public sealed record TimelineEntryView(DateTimeOffset At, TimelineEventKind Kind, string Actor, long? LogisticsOrderId, IReadOnlyDictionary<string, string> Data)
{
    public static TimelineEntryView From(TimelineEvent e) => new(e.At, e.Kind, e.Actor, e.LogisticsOrderId, e.Data);
}

internal static class Urgency
{
    /// <summary>Overdue before now; due today until the end of today in the store's time zone; shipped orders are done.</summary>
    public static ShipByUrgency Of(OrderStatus status, DateTimeOffset shipBy, DateTimeOffset now, LocalTime zone)
    {
        if (status == OrderStatus.Shipped)
        {
            return ShipByUrgency.Done;
        }

        var endOfToday = zone.StartOfNextDay(now);
        return shipBy < now ? ShipByUrgency.Overdue : shipBy < endOfToday ? ShipByUrgency.DueToday : ShipByUrgency.Upcoming;
    }
}
