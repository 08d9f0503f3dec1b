namespace Fulfilment.Dashboard;

/// <summary>The counts each role's home page starts from, and the next thing worth doing.</summary>
public sealed class DashboardService(FulfilmentDbContext db, LocalClock clock, OrderCounts orderCounts)
{
    /// <summary>
    /// The parcel counts stop one past this ("10,000+"), as the inbox's filtered tabs do: a store that never files its
    /// notices would otherwise have every parcel it ever made counted on every visit to its home page (98 ms at 460,000
    /// parcels, bench/README).
    /// </summary>
    public const int ParcelCountCap = OrderService.TabCountCap;

    public async Task<SellerDashboard> ForSeller(CancellationToken ct)
    {
        // "Due today" ends at midnight in the store's time zone, not UTC's.
        var now = clock.UtcNow;
        var (_, endOfToday) = await clock.Today(ct);
        var open = db.Orders.Where(o => o.Status == OrderStatus.AwaitingShipment);
        // The store's exact counts per status, kept in memory for the inbox's tabs.
        var counts = await orderCounts.ForActor(db, ct);
        var awaiting = counts?.AwaitingShipment ?? await open.CountAsync(ct);
        var overdue = await open.CountAsync(o => o.ShipBy < now, ct);
        var dueToday = await open.CountAsync(o => o.ShipBy >= now && o.ShipBy < endOfToday, ct);
        var partial = counts?.PartiallyShipped ?? await db.Orders.CountAsync(o => o.Status == OrderStatus.PartiallyShipped, ct);
        var pendingPickups = await db.PickupRequests.CountAsync(p => p.Status == PickupRequestStatus.Pending, ct);
        var unprinted = await db.LogisticsOrders.Where(LogisticsOrderFilter.AwaitingFirstPrint).Take(ParcelCountCap + 1).CountAsync(ct);
        var unnoticed = await db.LogisticsOrders.Where(AwaitingNotice.ParcelFilter).Take(ParcelCountCap + 1).CountAsync(ct);
        var account = await db.FreightAccounts.Select(a => new { a.Balance, a.Currency }).SingleOrDefaultAsync(ct);
        var held = await HeldForBalance(ct);
        // A rejected pickup turned the parcel into a self-send: until it reaches the warehouse the seller has to send it.
        var rejected = await db.LogisticsOrders.CountAsync(
            l => l.Status == LogisticsOrderStatus.AwaitingHandover && l.HandoverMode == HandoverMode.SelfSend
                && db.PickupRequests.Any(p => p.LogisticsOrderId == l.Id && p.Status == PickupRequestStatus.Rejected),
            ct);
        return new SellerDashboard(
            awaiting, overdue, dueToday, partial, pendingPickups, unprinted, unnoticed, account is not null, account?.Balance ?? 0,
            account?.Currency ?? Money.DefaultCurrency, held.Count, held.Sum(), rejected);
    }

    /// <summary>
    /// Parcels the warehouse weighed heavier than the balance could pay for, still waiting there: the extra freight of
    /// each, from its latest hold.
    /// </summary>
    private async Task<List<decimal>> HeldForBalance(CancellationToken ct)
    {
        var holds = await db.TimelineEvents.AsNoTracking()
            .Where(e => e.Kind == TimelineEventKind.HeldForBalance
                && db.LogisticsOrders.Any(l => l.Id == e.LogisticsOrderId && l.Status == LogisticsOrderStatus.AwaitingHandover))
            .ToListAsync(ct);
        return [.. holds.GroupBy(h => h.LogisticsOrderId).Select(g => ParcelHold.From(g.MaxBy(h => h.Id)!).ExtraFreight)];
    }

    public async Task<WarehouseDashboard> ForWarehouse(ICurrentActor actor, CancellationToken ct)
    {
        var warehouseId = actor.RequireWarehouse();
        var (startOfToday, _) = await clock.Today(ct);
        var names = await db.Warehouses.Where(w => w.Id == warehouseId).Select(w => new { w.Name, w.ChineseName }).SingleAsync(ct);
        var name = Warehouse.DisplayName(names.Name, names.ChineseName);
        var pending = await db.PickupRequests.CountAsync(p => p.WarehouseId == warehouseId && p.Status == PickupRequestStatus.Pending, ct);
        var expected = await db.LogisticsOrders.CountAsync(l => l.WarehouseId == warehouseId && l.Status == LogisticsOrderStatus.AwaitingHandover, ct);
        var receivedToday = await db.LogisticsOrders.CountAsync(l => l.WarehouseId == warehouseId && l.ReceivedAt >= startOfToday, ct);
        return new WarehouseDashboard(name, pending, expected, receivedToday);
    }

    public async Task<AdminDashboard> ForAdmin(CancellationToken ct) =>
        new(
            await db.Channels.CountAsync(c => c.Active, ct),
            await db.Warehouses.CountAsync(w => w.Active, ct),
            await db.Users.CountAsync(u => !u.IsDisabled, ct),
            await db.Stores.CountAsync(ct));
}

public sealed record SellerDashboard(
    int AwaitingShipment,
    int Overdue,
    int DueToday,
    int PartiallyShipped,
    int PendingPickupRequests,
    int UnprintedLabels, // up to one past DashboardService.ParcelCountCap, shown as "10,000+"
    int ParcelsWithoutNotice, // likewise
    bool AccountBound,
    decimal Balance,
    string Currency,
    int ParcelsHeldForBalance = 0,
    decimal HeldFreight = 0m,
    int RejectedPickupsToSelfSend = 0);

public sealed record WarehouseDashboard(string WarehouseName, int PendingPickupRequests, int ExpectedParcels, int ReceivedToday);

public sealed record AdminDashboard(int ActiveChannels, int ActiveWarehouses, int ActiveUsers, int Stores);
