namespace Fulfilment.Warehouses;

/// <summary>The small query the pickup request use cases share: the requests of the actor's warehouse.</summary>
[ScopedService]
public sealed class LoadPickupRequests(FulfilmentDbContext db, ICurrentActor actor)
{
    // Staff work across stores, but only ever on their own warehouse's requests.
    public IQueryable<PickupRequest> Mine()
    {
        var warehouseId = actor.RequireWarehouse();
        return db.PickupRequests
            .Include(p => p.Store)
            .Include(p => p.Warehouse)
            .Include(p => p.LogisticsOrder)
            .Where(p => p.WarehouseId == warehouseId);
    }

    public static Problem NotFound() => Problem.NotFound(Text.Get("This pickup request does not exist at your warehouse."));
}
