namespace Fulfilment.Channels;

/// <summary>
/// Every logistics channel with its rate rows, held in memory: each ship, quote and page that names a channel needs
/// them, and they change only when an admin edits a channel. Loaded again once this process saves a channel or a rate
/// (<see cref="ChangeSignals.ReferenceData"/>, at save and at commit), and at the latest after <see cref="Lifetime"/>
/// for changes made by another instance of the app. The objects are shared by concurrent requests: read them, never
/// change or attach them.
/// </summary>
public sealed class ChannelCatalog(ChangeSignals signals)
{
    /// <summary>How long a loaded catalog serves without a change signal (the delay another instance's edit can take here).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;

    /// <summary>The channels by code, all of them (inactive ones too), each with its rates.</summary>
    public async Task<IReadOnlyDictionary<string, LogisticsChannel>> All(FulfilmentDbContext db, CancellationToken ct)
    {
        var version = signals.ReferenceData;
        var current = Volatile.Read(ref _snapshot);
        if (current is not null && current.Version == version && Environment.TickCount64 - current.LoadedAt < Lifetime.TotalMilliseconds)
        {
            return current.ByCode;
        }

        var channels = await db.Channels.AsNoTracking().Include(c => c.Rates).ToListAsync(ct);
        var loaded = new Snapshot(version, Environment.TickCount64, channels.ToDictionary(c => c.Code, StringComparer.Ordinal));
        if (signals.ReferenceData == version)
        {
            Volatile.Write(ref _snapshot, loaded);
        }

        return loaded.ByCode;
    }

    /// <summary>The channel with this code, or null.</summary>
    public async Task<LogisticsChannel?> Find(FulfilmentDbContext db, string? code, CancellationToken ct) =>
        code is not null && (await All(db, ct)).TryGetValue(code, out var channel) ? channel : null;

    private sealed record Snapshot(long Version, long LoadedAt, IReadOnlyDictionary<string, LogisticsChannel> ByCode);
}
