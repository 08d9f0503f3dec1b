using System.Collections.Concurrent;

namespace Fulfilment.Common;

/// <summary>
/// The time zones of stores and warehouses, held in memory: every page and list of a seller or warehouse clerk needs
/// its zone, and it changes only when someone edits the store's settings or the warehouse. A zone is read again once
/// this process saves a store or warehouse (<see cref="ChangeSignals.ReferenceData"/>, at save and at commit), and at
/// the latest after <see cref="Lifetime"/> for an edit made by another instance of the app.
/// </summary>
public sealed class TimeZoneCache(ChangeSignals signals)
{
    /// <summary>How long a zone serves without a change signal (the delay another instance's edit can take here).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private const int MaxEntries = 10_000;
    private readonly ConcurrentDictionary<(bool Warehouse, long Id), Entry> _zones = new();

    /// <summary>The zone id of a store or warehouse (null when it does not exist), from memory when known.</summary>
    public async Task<string?> Get(bool warehouse, long id, Func<CancellationToken, Task<string?>> read, CancellationToken ct)
    {
        var version = signals.ReferenceData;
        if (_zones.TryGetValue((warehouse, id), out var known) && known.Version == version && Environment.TickCount64 < known.Until)
        {
            return known.ZoneId;
        }

        var zoneId = await read(ct);
        if (signals.ReferenceData == version)
        {
            if (_zones.Count >= MaxEntries)
            {
                _zones.Clear();
            }

            _zones[(warehouse, id)] = new Entry(version, Environment.TickCount64 + (long)Lifetime.TotalMilliseconds, zoneId);
        }

        return zoneId;
    }

    private sealed record Entry(long Version, long Until, string? ZoneId);
}
