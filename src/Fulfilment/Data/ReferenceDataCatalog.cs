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
    public Task<IReadOnlyDictionary<string, LogisticsChannel>> All(FulfilmentDbContext db, CancellationToken ct)
    {
        return Fresh() is { } fresh ? fresh.All : Loaded();

        async Task<IReadOnlyDictionary<string, LogisticsChannel>> Loaded() => (await Load(db, ct)).ByCode;
    }

    /// <summary>Every warehouse in service.</summary>
    public Task<IReadOnlyList<Warehouse>> ActiveWarehouses(FulfilmentDbContext db, CancellationToken ct)
    {
        return Fresh() is { } fresh ? fresh.Warehouses : Loaded();

        async Task<IReadOnlyList<Warehouse>> Loaded() => (await Load(db, ct)).ActiveWarehouses;
    }

    /// <summary>
    /// The loaded catalog while it is current. Its answers are tasks made once per load: the inbox asks for the channels
    /// once per row, and an async method's answer is a new task on every call.
    /// </summary>
    private Snapshot? Fresh()
    {
        var current = Volatile.Read(ref _snapshot);
        return current is not null && current.Version == signals.ReferenceData && Environment.TickCount64 - current.LoadedAt < Lifetime.TotalMilliseconds
            ? current
            : null;
    }

    private async Task<Snapshot> Load(FulfilmentDbContext db, CancellationToken ct)
    {
        var version = signals.ReferenceData;
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

    private sealed record Snapshot(long Version, long LoadedAt, IReadOnlyDictionary<string, LogisticsChannel> ByCode, IReadOnlyList<Warehouse> ActiveWarehouses)
    {
        public Task<IReadOnlyDictionary<string, LogisticsChannel>> All { get; } = Task.FromResult(ByCode);

        public Task<IReadOnlyList<Warehouse>> Warehouses { get; } = Task.FromResult(ActiveWarehouses);
    }
}
