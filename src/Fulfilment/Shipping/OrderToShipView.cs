namespace Fulfilment.Shipping;

/// <summary>The order as the shipping wizard shows it: who, where to, what is left to ship.</summary>
public sealed record OrderToShipView(
    string OrderNumber,
    string BuyerName,
    string? BuyerChannelCode,
    string? BuyerChannelName,
    OrderStatus Status,
    DateTimeOffset ShipBy,
    Address Recipient,
    IReadOnlyList<LineToShipView> Lines)
{
    public int RemainingQuantity => Lines.Sum(l => l.RemainingQuantity);

    /// <summary>The weight of what remains, the default parcel weight (at least 1 g).</summary>
    public int RemainingWeightGrams => Math.Max(1, Lines.Sum(l => l.WeightGrams * l.RemainingQuantity));

    public static OrderToShipView From(Order order, string? buyerChannelName) => new(
        order.OrderNumber,
        order.BuyerName,
        order.BuyerChannelCode,
        buyerChannelName,
        order.Status,
        order.ShipBy,
        order.Recipient,
        [.. order.Lines.OrderBy(l => l.Id).Select(l => new LineToShipView(l.Sku, l.Title, l.Quantity, l.RemainingQuantity, l.UnitPrice, l.WeightGrams))]);
}

public sealed record LineToShipView(string Sku, string Title, int Quantity, int RemainingQuantity, decimal UnitPrice, int WeightGrams);
