namespace Fulfilment.Web.Api.Stores;

/// <summary>
/// <c>/api/store</c>: the seller's own store settings (its time zone), and <c>/api/admin/stores</c> for admins. The time
/// zone decides the store's "today" (due today, overdue) and the times its pages show; instants in the API stay UTC.
/// </summary>
internal sealed class StoreEndpoints : IApiEndpoints
{
    public void Map(RouteGroupBuilder api)
    {
        var mine = api.MapGroup("/store").RequireAuthorization(Policies.ApiSeller).WithTags("Store");
        mine.MapGet("/", async (StoreSettingsService service, CancellationToken ct) => (await service.Mine(ct)).Ok())
            .WithSummary("The seller's store: {id, name, timeZone, timeZoneLabel}.")
            .WithDescription("timeZone is an IANA id (default Asia/Shanghai); it decides the store's day (due today, overdue). Instants elsewhere in the API stay ISO 8601 in UTC.")
            .WithName("GetStore")
            .Produces<StoreSettingsView>();
        mine.MapPut("/", async (StoreSettingsRequest body, StoreSettingsService service, CancellationToken ct) => (await service.UpdateMine(body, ct)).Ok())
            .WithSummary("Change the store's time zone: {timeZone} as an IANA id such as Asia/Shanghai or Europe/Berlin.")
            .WithDescription("An unknown id (or a Windows name such as \"China Standard Time\") is 400 validation_failed with errors.timeZone.")
            .WithName("UpdateStore")
            .Produces<StoreSettingsView>();

        var admin = api.MapGroup("/admin/stores").RequireAuthorization(Policies.ApiAdmin).WithTags("Admin");
        admin.MapGet("/", async (StoreSettingsService service, CancellationToken ct) => TypedResults.Ok(await service.List(ct)))
            .WithSummary("Every store with its time zone, by name.")
            .WithName("ListStores");
        admin.MapPut("/{id:long}", async (long id, StoreSettingsRequest body, StoreSettingsService service, CancellationToken ct) =>
                (await service.Update(id, body, ct)).Ok())
            .WithSummary("Change a store's time zone: {timeZone} as an IANA id.")
            .WithName("UpdateStoreAsAdmin")
            .Produces<StoreSettingsView>();
    }
}
