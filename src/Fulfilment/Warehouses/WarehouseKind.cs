namespace Fulfilment.Warehouses;

public enum WarehouseKind
{
    /// <summary>Collects parcels door to door within its service area (揽收仓库).</summary>
    Collection,

    /// <summary>Receives self-sent parcels by domestic express (中转仓库).</summary>
    Transit,
}
