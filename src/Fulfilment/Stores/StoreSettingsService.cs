namespace Fulfilment.Stores;

/// <summary>
/// A store's settings: the time zone its sellers work in ("today", "due today", the times on their pages). A seller
/// changes their own store's; an admin any store's.
/// </summary>
public sealed class StoreSettingsService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IValidator<StoreSettingsRequest> validator,
    ICurrentActor actor,
    LocalClock localClock,
    IClock clock)
{
    public async Task<Result<StoreSettingsView>> Mine(CancellationToken ct) => await Get(actor.RequireStore(), ct);

    public Task<Result<StoreSettingsView>> UpdateMine(StoreSettingsRequest request, CancellationToken ct) =>
        Update(actor.RequireStore(), request, ct);

    /// <summary>Every store, by name (admins).</summary>
    public async Task<IReadOnlyList<StoreSettingsView>> List(CancellationToken ct)
    {
        var stores = await db.Stores.AsNoTracking().OrderBy(s => s.Name).ToListAsync(ct);
        return [.. stores.Select(View)];
    }

    public async Task<Result<StoreSettingsView>> Get(long storeId, CancellationToken ct) =>
        await db.Stores.AsNoTracking().SingleOrDefaultAsync(s => s.Id == storeId, ct) is { } store ? View(store) : NotFound();

    public async Task<Result<StoreSettingsView>> Update(long storeId, StoreSettingsRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var result = await unitOfWork.Run<Store>(
            async token =>
            {
                var store = await db.Stores.SingleOrDefaultAsync(s => s.Id == storeId, token);
                if (store is null)
                {
                    return NotFound();
                }

                store.TimeZone = LocalTime.Canonical(request.TimeZone)!;
                return store;
            },
            ct);
        localClock.Reset();
        return result.Map(View);
    }

    private StoreSettingsView View(Store store) =>
        new(store.Id, store.Name, store.TimeZone, LocalTime.Of(store.TimeZone).Describe(clock.UtcNow));

    private static Problem NotFound() => Problem.NotFound(Text.Get("This store does not exist."));
}
