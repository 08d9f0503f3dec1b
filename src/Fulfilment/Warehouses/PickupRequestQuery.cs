namespace Fulfilment.Warehouses;

/// <summary>
/// A warehouse's pickup requests as staff read them: the queue (pending first), the page's board and the pickup sheet.
/// Deciding them is <see cref="DecidePickupRequest.DecidePickupRequestHandler"/>. Staff see only their own warehouse's
/// requests; another warehouse's request is not found.
/// </summary>
public sealed class PickupRequestQuery(
    FulfilmentDbContext db,
    LoadPickupRequests pickups,
    ICurrentActor actor,
    IClock clock)
{
    /// <summary>How many decided requests the page shows at most; the API pages through all of them.</summary>
    public const int BoardLimit = 200;

    /// <summary>The warehouse's requests, pending first (oldest first), then the decided ones (latest decision first).</summary>
    public async Task<Paged<PickupRequestView>> List(PickupRequestStatus? status, PageRequest page, CancellationToken ct)
    {
        var query = pickups.Mine();
        if (status is { } wanted)
        {
            query = query.Where(p => p.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var rows = await query
            .OrderBy(p => p.Status == PickupRequestStatus.Pending ? 0 : 1)
            .ThenByDescending(p => p.DecidedAt)
            .ThenBy(p => p.RequestedAt)
            .ThenBy(p => p.Id)
            .Skip(page.Skip)
            .Take(page.SafeSize)
            .ToListAsync(ct);
        return new Paged<PickupRequestView>([.. rows.Select(PickupRequestView.From)], total, page.SafePage, page.SafeSize);
    }

    public async Task<Result<PickupRequestView>> Get(long id, CancellationToken ct) =>
        await pickups.Mine().SingleOrDefaultAsync(p => p.Id == id, ct) is { } request ? PickupRequestView.From(request) : LoadPickupRequests.NotFound();

    /// <summary>The page's view: counts per status and the chosen status's requests grouped into pickup stops.</summary>
    public async Task<PickupBoard> Board(PickupRequestStatus status, CancellationToken ct)
    {
        var warehouseId = actor.RequireWarehouse();
        var counts = await db.PickupRequests.Where(p => p.WarehouseId == warehouseId)
            .GroupBy(p => p.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var query = pickups.Mine().Where(p => p.Status == status);

        // Accepted requests whose parcel still waits to be collected come first; collected ones follow.
        var ordered = status switch
        {
            PickupRequestStatus.Pending => query.OrderBy(p => p.RequestedAt),
            PickupRequestStatus.Accepted => query.OrderBy(p => p.LogisticsOrder!.Status == LogisticsOrderStatus.AwaitingHandover ? 0 : 1).ThenByDescending(p => p.DecidedAt),
            _ => query.OrderByDescending(p => p.DecidedAt),
        };
        var rows = await ordered.ThenBy(p => p.Id).Take(BoardLimit + 1).ToListAsync(ct);
        return new PickupBoard(
            status,
            counts.GetValueOrDefault(PickupRequestStatus.Pending),
            counts.GetValueOrDefault(PickupRequestStatus.Accepted),
            counts.GetValueOrDefault(PickupRequestStatus.Rejected),
            PickupStop.Group(rows.Take(BoardLimit).Select(PickupRequestView.From)),
            rows.Count > BoardLimit);
    }

    /// <summary>The pickup sheet: accepted requests whose parcels still wait to be collected, by stop.</summary>
    public async Task<PickupSheet> Sheet(CancellationToken ct)
    {
        var warehouseId = actor.RequireWarehouse();
        var warehouse = await db.Warehouses.AsNoTracking().SingleAsync(w => w.Id == warehouseId, ct);
        // Every parcel this warehouse collects at the door: the accepted requests, and the parcels whose sender lies in its
        // collection range (matched when they were created, with no request to decide).
        var parcels = await db.LogisticsOrders.AsNoTracking().Include(l => l.Store)
            .Where(l => l.WarehouseId == warehouseId && l.HandoverMode == HandoverMode.DoorPickup && l.Status == LogisticsOrderStatus.AwaitingHandover)
            .ToListAsync(ct);
        var ids = parcels.Select(l => l.Id).ToList();
        var accepted = (await pickups.Mine().AsNoTracking().Where(p => p.Status == PickupRequestStatus.Accepted && ids.Contains(p.LogisticsOrderId)).ToListAsync(ct))
            .GroupBy(p => p.LogisticsOrderId)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!);
        var rows = parcels.Select(l => accepted.TryGetValue(l.Id, out var request)
            ? PickupRequestView.From(request)
            : new PickupRequestView(0, PickupRequestStatus.Accepted, l.CreatedAt, "", null, null, null, new StoreRef(l.Store!.Id, l.Store.Name), l.Sender, PickupParcelView.From(l)));
        return new PickupSheet(warehouse.DisplayName(), warehouse.Address, PickupStop.Group(rows), clock.UtcNow);
    }
}
