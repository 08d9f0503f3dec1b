namespace Fulfilment.Warehouses;

/// <summary>
/// Why the warehouse would not receive a parcel, as its hold event on the timeline records it: weighed above the
/// channel's limit, or heavier than the seller's balance could pay for (then with the extra freight).
/// </summary>
public sealed record ParcelHold(TimelineEventKind Kind, string Warehouse, int MeasuredGrams, decimal ExtraFreight)
{
    public static bool IsHold(TimelineEvent e) => e.Kind is TimelineEventKind.HeldForBalance or TimelineEventKind.HeldOverWeight;

    /// <summary>The hold an event records (its data as <see cref="TimelineEventKind"/> documents it).</summary>
    public static ParcelHold From(TimelineEvent e) =>
        e.Payload is HoldData hold ? new(e.Kind, hold.Warehouse, hold.MeasuredWeightGrams, hold.Amount ?? 0m) : new(e.Kind, "", 0, 0m);

    /// <summary>The latest hold on a parcel's timeline, if any.</summary>
    public static ParcelHold? Latest(IEnumerable<TimelineEvent> timeline) =>
        timeline.Where(IsHold).MaxBy(e => e.Id) is { } latest ? From(latest) : null;
}
