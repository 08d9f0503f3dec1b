namespace Fulfilment.Shipping;

/// <summary>
/// A parcel may have had several pickup requests over time; the latest one is its state (what
/// <see cref="LogisticsOrderView.From"/> shows). The small query every parcel view shares.
/// </summary>
[ScopedService]
public sealed class LoadLatestPickups(FulfilmentDbContext db)
{
    public async Task<Dictionary<long, PickupRequest>> For(IReadOnlyList<long> parcelIds, CancellationToken ct) =>
        (await db.PickupRequests.AsNoTracking().Where(p => parcelIds.Contains(p.LogisticsOrderId)).ToListAsync(ct))
            .GroupBy(p => p.LogisticsOrderId)
            .ToDictionary(g => g.Key, g => g.MaxBy(p => p.Id)!);

    public async Task<PickupRequest?> For(long parcelId, CancellationToken ct) =>
        await db.PickupRequests.AsNoTracking().Where(p => p.LogisticsOrderId == parcelId).OrderByDescending(p => p.Id).FirstOrDefaultAsync(ct);
}
