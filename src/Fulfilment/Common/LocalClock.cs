namespace Fulfilment.Common;

/// <summary>
/// The clock of whoever is acting: a seller lives in the store's time zone, warehouse staff in their warehouse's,
/// admins (who look across stores and warehouses) and background work in UTC. Resolved once per request, from
/// <see cref="TimeZoneCache"/>.
/// </summary>
[ScopedService]
public sealed class LocalClock(FulfilmentDbContext db, ICurrentActor actor, IClock clock, TimeZoneCache zones)
{
    private LocalTime? _zone;

    public DateTimeOffset UtcNow => clock.UtcNow;

    /// <summary>The zone once <see cref="Zone"/> has been awaited in this request; UTC before that.</summary>
    public LocalTime Current => _zone ?? LocalTime.Utc;

    public async Task<LocalTime> Zone(CancellationToken ct)
    {
        if (_zone is not null)
        {
            return _zone;
        }

        string? id = null;
        if (actor.Role == Roles.Seller && actor.StoreId is { } storeId)
        {
            id = await zones.Get(warehouse: false, storeId, token => db.Stores.Where(s => s.Id == storeId).Select(s => s.TimeZone).SingleOrDefaultAsync(token), ct);
        }
        else if (actor.Role == Roles.WarehouseStaff && actor.WarehouseId is { } warehouseId)
        {
            id = await zones.Get(warehouse: true, warehouseId, token => db.Warehouses.Where(w => w.Id == warehouseId).Select(w => w.TimeZone).SingleOrDefaultAsync(token), ct);
        }

        _zone = id is null ? LocalTime.Utc : LocalTime.Of(id);
        return _zone;
    }

    /// <summary>The local day of the actor as UTC instants: [start, end).</summary>
    public async Task<(DateTimeOffset Start, DateTimeOffset End)> Today(CancellationToken ct)
    {
        var zone = await Zone(ct);
        var now = clock.UtcNow;
        return (zone.StartOfDay(now), zone.StartOfNextDay(now));
    }

    /// <summary>Forget the resolved zone (after the actor changed it in this request).</summary>
    public void Reset() => _zone = null;
}
