namespace Fulfilment.Web.Api.Admin;

/// <summary><c>/api/admin/users</c>: create sellers, warehouse staff and admins; disable and re-enable them.</summary>
internal sealed class UserAdminEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/users").RequireAuthorization(Policies.ApiAdmin).WithTags("Admin");
        group.MapGet("/", async (UserAdminService service, string? role, string? q, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await service.List(role, q, new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultSize), ct)))
            .WithSummary("Users by role and email; filter with role and q (email or store name).")
            .WithName("ListUsers")
            .AcceptsQueryValues("role", Roles.SchemaName, Roles.All);
        group.MapGet("/{id:guid}", async (Guid id, UserAdminService service, CancellationToken ct) => (await service.Get(id, ct)).Ok())
            .WithSummary("One user: email, role, store or warehouse, and whether it is disabled.")
            .WithName("GetUser")
            .Produces<UserView>();
        group.MapPost("/", async (NewUserRequest body, UserAdminService service, CancellationToken ct) =>
                (await service.Create(body, ct)).Created(u => $"/api/admin/users/{u.Id}"))
            .WithSummary("Create a user. A seller joins the store storeName (created if no store has that name); staff need warehouseCode. 409 duplicate for a known email.")
            .WithName("CreateUser")
            .Produces<UserView>(StatusCodes.Status201Created)
            .ProducesConflict(ProblemCodes.Duplicate);
        group.MapPost("/{id:guid}/disable", async (Guid id, UserAdminService service, CancellationToken ct) => (await service.Disable(id, ct)).Ok())
            .WithSummary("Disable a user: their sessions and tokens stop working on the next request. 409 invalid_state for your own account.")
            .WithName("DisableUser")
            .Produces<UserView>()
            .ProducesConflict(ProblemCodes.InvalidState);
        group.MapPost("/{id:guid}/enable", async (Guid id, UserAdminService service, CancellationToken ct) => (await service.Enable(id, ct)).Ok())
            .WithSummary("Re-enable a disabled user; they sign in again.")
            .WithName("EnableUser")
            .Produces<UserView>();
    }
}
