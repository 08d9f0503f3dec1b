namespace Fulfilment.Identity;

/// <summary>The three kinds of people who use the product (domain.md, "Who uses it").</summary>
public static class Roles
{
    public const string Seller = "Seller";
    public const string WarehouseStaff = "WarehouseStaff";
    public const string Admin = "Admin";

    /// <summary>The name of the closed set in the OpenAPI description.</summary>
    public const string SchemaName = "Role";

    public static readonly IReadOnlyList<string> All = [Seller, WarehouseStaff, Admin];
}
