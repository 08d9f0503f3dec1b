namespace Fulfilment.Identity;

/// <summary>Claims the app adds to a signed-in principal, so the tenant is known without a lookup.</summary>
public static class ClaimNames
{
    public const string StoreId = "fulfilment:store";
    public const string StoreName = "fulfilment:store_name";
    public const string WarehouseId = "fulfilment:warehouse";

    /// <summary>The <see cref="SignInSession"/> a cookie or token belongs to.</summary>
    public const string SessionId = "fulfilment:session";

    /// <summary>Which refresh of its token family an access or refresh token came from.</summary>
    public const string SessionGeneration = "fulfilment:session_generation";
}
