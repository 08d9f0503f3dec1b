namespace Fulfilment.Timeline;

/// <summary>Adds a step to the timeline in the current unit of work, stamped with the actor and the time.</summary>
[ScopedService]
public sealed class TimelineRecorder(FulfilmentDbContext db, UnitOfWork unitOfWork, IClock clock)
{
    /// <summary>Adds the event to the context: it is saved with the step's tracked changes.</summary>
    public TimelineEvent Record(
        long storeId,
        TimelineEventKind kind,
        long? orderId = null,
        long? logisticsOrderId = null,
        TimelinePayload? data = null)
    {
        var entry = New(storeId, kind, orderId, logisticsOrderId, data);
        db.TimelineEvents.Add(entry);
        return entry;
    }

    /// <summary>
    /// For a step that writes in plain SQL: the events, made with <see cref="New"/>, are inserted with the step's last
    /// batch, with COMMIT (<see cref="UnitOfWork.AtCommit"/>), nothing tracked.
    /// </summary>
    public Task AtCommit(IReadOnlyList<TimelineEvent> events, CancellationToken ct) => unitOfWork.AtCommit(db.Insert(events), ct);

    public TimelineEvent New(long storeId, TimelineEventKind kind, long? orderId = null, long? logisticsOrderId = null, TimelinePayload? data = null) => new()
    {
        StoreId = storeId,
        OrderId = orderId,
        LogisticsOrderId = logisticsOrderId,
        At = clock.UtcNow,
        Kind = kind,
        Actor = db.Actor.Name,
        Data = data?.ToData() ?? [],
    };
}
