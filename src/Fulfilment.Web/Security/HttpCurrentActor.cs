namespace Fulfilment.Web.Security;

/// <summary>
/// The signed-in user of the current request, read from the authenticated principal only. Outside any request
/// (start-up migration and seeding) the actor is the system, which sees every store.
/// </summary>
public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => accessor.HttpContext is null ? FixedActor.System.Name : User?.Identity?.Name ?? "anonymous";

    public string? Role => Roles.All.FirstOrDefault(r => User?.IsInRole(r) == true);

    public long? StoreId => long.TryParse(User?.FindFirstValue(ClaimNames.StoreId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public int? WarehouseId => int.TryParse(User?.FindFirstValue(ClaimNames.WarehouseId), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    public bool SeesAllStores => accessor.HttpContext is null || Role is Roles.WarehouseStaff or Roles.Admin;
}
