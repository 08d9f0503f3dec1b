namespace Fulfilment.Identity;

/// <summary>Claims the app adds to a signed-in principal, so the tenant is known without a lookup.</summary>
public static class ClaimNames
{
    public const string StoreId = "fulfilment:store";
    public const string StoreName = "fulfilment:store_name";
    public const string WarehouseId = "fulfilment:warehouse";
}
