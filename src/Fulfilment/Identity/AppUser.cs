namespace Fulfilment.Identity;

/// <summary>A login. A seller belongs to one store, warehouse staff to one warehouse; an admin to neither.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public long? StoreId { get; set; }
    public Store? Store { get; set; }
    public int? WarehouseId { get; set; }
    public Warehouses.Warehouse? Warehouse { get; set; }
    public string Role { get; set; } = Roles.Seller;
    public bool IsDisabled { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
