namespace Fulfilment.Identity;

/// <summary>
/// Who is acting, taken from the signed-in user (never from the request body or query).
/// The data layer scopes every store-owned query by <see cref="StoreId"/> unless <see cref="SeesAllStores"/>:
/// a request with no store (anonymous, or a seller without one) sees no store's data at all.
/// </summary>
public interface ICurrentActor
{
    Guid? UserId { get; }
    string Name { get; }
    string? Role { get; }
    long? StoreId { get; }
    int? WarehouseId { get; }

    /// <summary>Warehouse staff and admins work across stores; background work and seeding do too.</summary>
    bool SeesAllStores { get; }
}

/// <summary>An actor fixed at construction: background work, seeding, tests.</summary>
public sealed record FixedActor(Guid? UserId, string Name, string? Role, long? StoreId, int? WarehouseId) : ICurrentActor
{
    public static readonly FixedActor System = new(null, "system", null, null, null);

    public bool SeesAllStores => Role != Roles.Seller;

    public static FixedActor Seller(long storeId, string name = "seller@test", Guid? userId = null) =>
        new(userId, name, Roles.Seller, storeId, null);

    public static FixedActor Staff(int warehouseId, string name = "warehouse@test", Guid? userId = null) =>
        new(userId, name, Roles.WarehouseStaff, null, warehouseId);

    public static FixedActor Administrator(string name = "admin@test", Guid? userId = null) =>
        new(userId, name, Roles.Admin, null, null);
}

public static class CurrentActorExtensions
{
    /// <summary>The store a seller acts for; refuses to guess for anyone else.</summary>
    public static long RequireStore(this ICurrentActor actor) =>
        actor.StoreId ?? throw new InvalidOperationException("This step needs a seller of a store.");

    public static int RequireWarehouse(this ICurrentActor actor) =>
        actor.WarehouseId ?? throw new InvalidOperationException("This step needs warehouse staff.");
}
