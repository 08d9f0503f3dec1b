namespace Fulfilment.Shipping;

/// <summary>
/// The warehouses a handover may go to, from the in-memory <see cref="ReferenceDataCatalog"/> (shared objects: read
/// them, never change or attach them; a parcel takes the warehouse's id).
/// </summary>
[ScopedService]
public sealed class LoadWarehouses(FulfilmentDbContext db, ReferenceDataCatalog catalog)
{
    /// <summary>Every warehouse in service.</summary>
    public Task<IReadOnlyList<Warehouse>> Active(CancellationToken ct) => catalog.ActiveWarehouses(db, ct);
}
