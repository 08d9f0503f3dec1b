namespace Fulfilment.Idempotency;

/// <summary>
/// Keys are kept for a day, long enough for any client retry; after that the same key is a new request.
/// </summary>
[ScopedService]
public sealed class IdempotencyRetention(FulfilmentDbContext db, IClock clock)
{
    public static readonly TimeSpan KeepFor = TimeSpan.FromHours(24);

    public Task<int> Purge(CancellationToken ct)
    {
        var cutoff = clock.UtcNow - KeepFor;
        return db.IdempotencyRecords.Where(r => r.CreatedAt < cutoff).ExecuteDeleteAsync(ct);
    }
}
