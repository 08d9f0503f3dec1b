using Fulfilment.Identity;

namespace Fulfilment.Testing;

/// <summary>Actors for calling services directly in tests (<c>App.WithServices(actor, …)</c>).</summary>
public static class TestActors
{
    public static FixedActor Seller(long storeId, string name = "seller@test", Guid? userId = null) =>
        new(userId, name, Roles.Seller, storeId, null);

    public static FixedActor Staff(int warehouseId, string name = "warehouse@test", Guid? userId = null) =>
        new(userId, name, Roles.WarehouseStaff, null, warehouseId);

    public static FixedActor Administrator(string name = "admin@test", Guid? userId = null) =>
        new(userId, name, Roles.Admin, null, null);
}
