namespace Fulfilment.Timeline;

/// <summary>Adds a step to the timeline in the current unit of work, stamped with the actor and the time.</summary>
[ScopedService]
public sealed class TimelineRecorder(FulfilmentDbContext db, IClock clock)
{
    public TimelineEvent Record(
        long storeId,
        TimelineEventKind kind,
        long? orderId = null,
        long? logisticsOrderId = null,
        TimelinePayload? data = null)
    {
        var entry = new TimelineEvent
        {
            StoreId = storeId,
            OrderId = orderId,
            LogisticsOrderId = logisticsOrderId,
            At = clock.UtcNow,
            Kind = kind,
            Actor = db.Actor.Name,
            Data = data?.ToData() ?? [],
        };
        db.TimelineEvents.Add(entry);
        return entry;
    }
}
