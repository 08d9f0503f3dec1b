namespace Fulfilment.Web.Api.Admin;

/// <summary>
/// <c>/api/admin/warehouses</c>: collection and transit warehouses. Deactivate with <c>active: false</c>; move the
/// default transit mark with <c>isDefaultTransit: true</c> on another transit warehouse.
/// </summary>
internal sealed class WarehouseAdminEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var group = api.MapGroup("/admin/warehouses").RequireAuthorization(Policies.ApiAdmin).WithTags("Admin");
        group.MapGet("/", async (WarehouseAdminService service, int? page, int? pageSize, CancellationToken ct) =>
                TypedResults.Ok(await service.List(new PageRequest(page ?? 1, pageSize ?? PageRequest.DefaultSize), ct)))
            .WithSummary("The warehouses, active first: {items, total, page, pageSize}.")
            .WithName("ListWarehouses");
        group.MapGet("/{code}", async (string code, WarehouseAdminService service, CancellationToken ct) => (await service.Get(code, ct)).Ok())
            .WithSummary("One warehouse with its address and service area.")
            .WithName("GetWarehouse")
            .Produces<WarehouseView>();
        group.MapPost("/", async (WarehouseRequest body, WarehouseAdminService service, CancellationToken ct) =>
                (await service.Create(body, ct)).Created(w => $"/api/admin/warehouses/{w.Code}"))
            .WithSummary("Create a warehouse. The first active transit warehouse becomes the default for self-sends.")
            .WithName("CreateWarehouse")
            .Produces<WarehouseView>(StatusCodes.Status201Created)
            .ProducesConflict(ProblemCodes.Duplicate);
        group.MapPut("/{code}", async (string code, WarehouseRequest body, WarehouseAdminService service, CancellationToken ct) =>
                (await service.Update(code, body, ct)).Ok())
            .WithSummary("Replace the warehouse's settings (the code cannot change). isDefaultTransit: true moves the default mark here; the default itself cannot be unmarked, deactivated or made a collection warehouse.")
            .WithName("UpdateWarehouse")
            .Produces<WarehouseView>();
    }
}
