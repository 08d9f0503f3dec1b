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

/// <summary>An actor fixed at construction: background work, seeding (tests build theirs with <c>TestActors</c>).</summary>
public sealed record FixedActor(Guid? UserId, string Name, string? Role, long? StoreId, int? WarehouseId) : ICurrentActor
{
    public static readonly FixedActor System = new(null, "system", null, null, null);

    public bool SeesAllStores => Role != Roles.Seller;
}

public static class CurrentActorExtensions
{
    /// <summary>The store a seller acts for; refuses to guess for anyone else.</summary>
    public static long RequireStore(this ICurrentActor actor) =>
        actor.StoreId ?? throw new InvalidOperationException("This step needs a seller of a store.");

    public static int RequireWarehouse(this ICurrentActor actor) =>
        actor.WarehouseId ?? throw new InvalidOperationException("This step needs warehouse staff.");
}
