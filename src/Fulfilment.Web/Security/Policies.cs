using Microsoft.AspNetCore.Authorization;

namespace Fulfilment.Web.Security;

/// <summary>Who may use which area. Pages use the cookie; the API uses bearer tokens only (no cookie CSRF surface).</summary>
public static class Policies
{
    public const string Seller = "Seller";
    public const string WarehouseStaff = "WarehouseStaff";
    public const string Admin = "Admin";
    public const string ApiSeller = "ApiSeller";
    public const string ApiWarehouseStaff = "ApiWarehouseStaff";
    public const string ApiAdmin = "ApiAdmin";
    public const string ApiUser = "ApiUser";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Seller, p => p.RequireRole(Roles.Seller).RequireClaim(ClaimNames.StoreId));
        options.AddPolicy(WarehouseStaff, p => p.RequireRole(Roles.WarehouseStaff).RequireClaim(ClaimNames.WarehouseId));
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(ApiUser, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireAuthenticatedUser());
        options.AddPolicy(ApiSeller, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Seller).RequireClaim(ClaimNames.StoreId));
        options.AddPolicy(ApiWarehouseStaff, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.WarehouseStaff).RequireClaim(ClaimNames.WarehouseId));
        options.AddPolicy(ApiAdmin, p => p.AddAuthenticationSchemes(IdentityConstants.BearerScheme).RequireRole(Roles.Admin));
    }
}
