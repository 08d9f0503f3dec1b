namespace Fulfilment.Warehouses;

/// <summary>
/// The warehouse's day: parcels expected (door pickups to collect, self-sends on their way) and parcels received
/// today (the warehouse's own day, in its time zone).
/// </summary>
public sealed class WarehouseTodayService(FulfilmentDbContext db, ICurrentActor actor, LocalClock clock)
{
    /// <summary>Rows per list on the page; the counts are always complete.</summary>
    public const int ListLimit = 100;

    public async Task<WarehouseToday> Today(CancellationToken ct)
    {
        var warehouseId = actor.RequireWarehouse();
        var (startOfToday, _) = await clock.Today(ct);
        var warehouse = await db.Warehouses.AsNoTracking().SingleAsync(w => w.Id == warehouseId, ct);
        var mine = db.LogisticsOrders.AsNoTracking().Where(l => l.WarehouseId == warehouseId);
        var expected = mine.Where(l => l.Status == LogisticsOrderStatus.AwaitingHandover);
        var received = mine.Where(l => l.Status == LogisticsOrderStatus.ReceivedAtWarehouse && l.ReceivedAt >= startOfToday);
        var pending = await db.PickupRequests.CountAsync(p => p.WarehouseId == warehouseId && p.Status == PickupRequestStatus.Pending, ct);
        return new WarehouseToday(
            warehouse.DisplayName(),
            warehouse.Kind,
            pending,
            await expected.CountAsync(l => l.HandoverMode == HandoverMode.DoorPickup, ct),
            await expected.CountAsync(l => l.HandoverMode == HandoverMode.SelfSend, ct),
            await received.CountAsync(ct),
            await Rows(expected.Where(l => l.HandoverMode == HandoverMode.DoorPickup).OrderBy(l => l.CreatedAt), ct),
            await Rows(expected.Where(l => l.HandoverMode == HandoverMode.SelfSend).OrderBy(l => l.CreatedAt), ct),
            await Rows(received.OrderByDescending(l => l.ReceivedAt), ct));
    }

    private async Task<IReadOnlyList<WarehouseParcelRow>> Rows(IQueryable<LogisticsOrder> query, CancellationToken ct) =>
        await query.Take(ListLimit).Select(l => new WarehouseParcelRow(
                l.Id,
                l.WaybillNumber,
                l.Store!.Name,
                l.OrderNumber,
                l.ChannelCode,
                l.HandoverMode,
                l.Sender.Name,
                l.Sender.City,
                l.Recipient.CountryCode,
                l.WeightGrams,
                l.MeasuredWeightGrams,
                l.CreatedAt,
                l.ReceivedAt,
                l.ReceivedBy,
                -(db.FreightLedger.Where(e => e.LogisticsOrderId == l.Id && e.Kind == LedgerEntryKind.Adjustment).Sum(e => (decimal?)e.Amount) ?? 0m)))
            .ToListAsync(ct);
}

public sealed record WarehouseToday(
    string WarehouseName,
    WarehouseKind Kind,
    int PendingPickupRequests,
    int ToCollectCount,
    int OnTheirWayCount,
    int ReceivedTodayCount,
    IReadOnlyList<WarehouseParcelRow> ToCollect,
    IReadOnlyList<WarehouseParcelRow> OnTheirWay,
    IReadOnlyList<WarehouseParcelRow> ReceivedToday);

/// <summary>A parcel on the warehouse's lists; <c>FreightAdjustment</c> is what weighing charged (+) or refunded (−).</summary>
public sealed record WarehouseParcelRow(
    long Id,
    string WaybillNumber,
    string StoreName,
    string OrderNumber,
    string ChannelCode,
    HandoverMode HandoverMode,
    string SenderName,
    string SenderCity,
    string DestinationCountry,
    int WeightGrams,
    int? MeasuredWeightGrams,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReceivedAt,
    string? ReceivedBy,
    decimal FreightAdjustment);
