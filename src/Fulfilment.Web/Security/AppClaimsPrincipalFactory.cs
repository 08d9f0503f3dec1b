namespace Fulfilment.Web.Security;

/// <summary>Puts the user's store or warehouse into the signed ticket, so the tenant never comes from a request.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    IOptions<IdentityOptions> options,
    FulfilmentDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.StoreId is { } storeId)
        {
            identity.AddClaim(new Claim(ClaimNames.StoreId, storeId.ToString(CultureInfo.InvariantCulture)));
            var storeName = await db.Stores.Where(s => s.Id == storeId).Select(s => s.Name).SingleAsync();
            identity.AddClaim(new Claim(ClaimNames.StoreName, storeName));
        }

        if (user.WarehouseId is { } warehouseId)
        {
            identity.AddClaim(new Claim(ClaimNames.WarehouseId, warehouseId.ToString(CultureInfo.InvariantCulture)));
        }

        return identity;
    }
}
