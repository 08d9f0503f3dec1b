namespace Fulfilment.Data;

/// <summary>
/// Every logistics channel with its rate rows, and every warehouse, held in memory: each ship, quote and page that names
/// a channel or decides a handover needs them, and they change only when an admin edits them. Loaded again once this process saves a channel or a rate
/// (<see cref="ChangeSignals.ReferenceData"/>, at save and at commit), and at the latest after <see cref="Lifetime"/>
/// for changes made by another instance of the app. The objects are shared by concurrent requests: read them, never
/// change or attach them.
/// </summary>
public sealed class ReferenceDataCatalog(ChangeSignals signals)
{
    /// <summary>How long a loaded catalog serves without a change signal (the delay another instance's edit can take here).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private Snapshot? _snapshot;

    /// <summary>The channels by code, all of them (inactive ones too), each with its rates.</summary>
    public async Task<IReadOnlyDictionary<string, LogisticsChannel>> All(FulfilmentDbContext db, CancellationToken ct)
    {
        var version = signals.ReferenceData;
        return (await Current(db, ct)).ByCode;
    }

    /// <summary>Every warehouse in service.</summary>
    public async Task<IReadOnlyList<Warehouse>> ActiveWarehouses(FulfilmentDbContext db, CancellationToken ct) =>
        (await Current(db, ct)).ActiveWarehouses;

    private async Task<Snapshot> Current(FulfilmentDbContext db, CancellationToken ct)
    {
        var version = signals.ReferenceData;
        var current = Volatile.Read(ref _snapshot);
        if (current is not null && current.Version == version && Environment.TickCount64 - current.LoadedAt < Lifetime.TotalMilliseconds)
        {
            return current;
        }

        var channels = await db.Channels.AsNoTracking().Include(c => c.Rates).ToListAsync(ct);
        var warehouses = await db.Warehouses.AsNoTracking().Where(w => w.Active).OrderBy(w => w.Code).ToListAsync(ct);
        var loaded = new Snapshot(version, Environment.TickCount64, channels.ToDictionary(c => c.Code, StringComparer.Ordinal), warehouses);
        if (signals.ReferenceData == version)
        {
            Volatile.Write(ref _snapshot, loaded);
        }

        return loaded;
    }

    /// <summary>The channel with this code, or null.</summary>
    public async Task<LogisticsChannel?> Find(FulfilmentDbContext db, string? code, CancellationToken ct) =>
        code is not null && (await All(db, ct)).TryGetValue(code, out var channel) ? channel : null;

    private sealed record Snapshot(long Version, long LoadedAt, IReadOnlyDictionary<string, LogisticsChannel> ByCode, IReadOnlyList<Warehouse> ActiveWarehouses);
}
