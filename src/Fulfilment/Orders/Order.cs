namespace Fulfilment.Orders;

/// <summary>A marketplace order awaiting (or done with) shipment. Its status moves only through <see cref="OrderLifecycle"/>.</summary>
public sealed class Order
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public Store? Store { get; set; }
    public string OrderNumber { get; set; } = "";
    public string BuyerName { get; set; } = "";

    /// <summary>
    /// The logistics channel the buyer chose at checkout; shipping with another one risks a dispute. Null when the buyer
    /// chose none: the seller then agrees the channel with the buyer (seed: "communicate with the buyer").
    /// </summary>
    public string? BuyerChannelCode { get; set; }

    public DateTimeOffset PlacedAt { get; set; }
    public DateTimeOffset ShipBy { get; set; }
    public OrderStatus Status { get; private set; } = OrderStatus.AwaitingShipment;
    public Address Recipient { get; set; } = new();
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Who confirmed shipment complete on purpose, when someone did.</summary>
    public string? CompletedBy { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }
    public uint Version { get; private set; }
    public List<OrderLine> Lines { get; set; } = [];

    public int TotalQuantity => Lines.Sum(l => l.Quantity);

    public int RemainingQuantity => Lines.Sum(l => l.RemainingQuantity);

    /// <summary>
    /// The lines with units still to ship, in order: what a new parcel packs by default (the form's defaults and preview,
    /// a request without lines, an external shipment of everything left).
    /// </summary>
    public IEnumerable<OrderLine> RemainingLines() => Lines.Where(l => l.RemainingQuantity > 0).OrderBy(l => l.Id);

    /// <summary>Online shipping can start only while something is left to ship and the order is not closed.</summary>
    public Result<Done> CanShipMore()
    {
        if (Status == OrderStatus.Shipped)
        {
            return Problem.InvalidState(Text.Get("This order is already shipped."));
        }

        return RemainingQuantity > 0
            ? Done.Value
            : new Problem(ProblemCodes.NothingToShip, Text.Get("Every unit of this order is already in a parcel."));
    }

    public Result<OrderStatus> Apply(OrderTrigger trigger, DateTimeOffset now, string actor)
    {
        var next = OrderLifecycle.Next(Status, trigger);
        if (!next.IsSuccess)
        {
            return next;
        }

        Status = next.Value;
        UpdatedAt = now;
        if (trigger == OrderTrigger.ShipmentConfirmedComplete)
        {
            CompletedBy = actor;
            CompletedAt = now;
        }

        return next;
    }

    /// <summary>Marks the row changed so that concurrent edits of its lines collide on the version.</summary>
    public void Touch(DateTimeOffset now) => UpdatedAt = now;
}
