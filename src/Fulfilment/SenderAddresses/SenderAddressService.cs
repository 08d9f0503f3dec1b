namespace Fulfilment.SenderAddresses;

/// <summary>
/// The store's sender address book. The first address becomes the default; making another the default moves the
/// mark (the database allows one default per store).
/// </summary>
public sealed class SenderAddressService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IValidator<SenderAddressRequest> validator,
    ICurrentActor actor,
    IClock clock)
{
    public async Task<IReadOnlyList<SenderAddressView>> List(CancellationToken ct) =>
        (await db.SenderAddresses.AsNoTracking().InBookOrder().ToListAsync(ct))
            .Select(SenderAddressView.From)
            .ToList();

    public async Task<Result<SenderAddressView>> Get(long id, CancellationToken ct) =>
        await db.SenderAddresses.AsNoTracking().SingleOrDefaultAsync(a => a.Id == id, ct) is { } entry
            ? SenderAddressView.From(entry)
            : Problem.NotFound(Text.Get("This sender address does not exist."));

    public async Task<Result<SenderAddressView>> Add(SenderAddressRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var storeId = actor.RequireStore();
        var result = await unitOfWork.Run<SenderAddress>(
            async token =>
            {
                var first = !await db.SenderAddresses.AnyAsync(token);
                var makeDefault = request.IsDefault || first;
                if (makeDefault)
                {
                    await ClearDefault(token);
                }

                var entry = new SenderAddress { StoreId = storeId, Address = request.Normalized(), IsDefault = makeDefault, CreatedAt = clock.UtcNow };
                db.SenderAddresses.Add(entry);
                return entry;
            },
            ct);
        return result.Map(SenderAddressView.From);
    }

    public async Task<Result<SenderAddressView>> Update(long id, SenderAddressRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var result = await unitOfWork.Run<SenderAddress>(
            async token =>
            {
                var entry = await db.SenderAddresses.SingleOrDefaultAsync(a => a.Id == id, token);
                if (entry is null)
                {
                    return Problem.NotFound(Text.Get("This sender address does not exist."));
                }

                if (request.IsDefault && !entry.IsDefault)
                {
                    await ClearDefault(token);
                }

                entry.Address = request.Normalized();
                entry.IsDefault = entry.IsDefault || request.IsDefault;
                return entry;
            },
            ct);
        return result.Map(SenderAddressView.From);
    }

    public async Task<Result<SenderAddressView>> MakeDefault(long id, CancellationToken ct)
    {
        var result = await unitOfWork.Run<SenderAddress>(
            async token =>
            {
                var entry = await db.SenderAddresses.SingleOrDefaultAsync(a => a.Id == id, token);
                if (entry is null)
                {
                    return Problem.NotFound(Text.Get("This sender address does not exist."));
                }

                await ClearDefault(token);
                entry.IsDefault = true;
                return entry;
            },
            ct);
        return result.Map(SenderAddressView.From);
    }

    /// <summary>Removes an entry. Parcels keep their own copy of the sender, so labels never change.</summary>
    public Task<Result<Done>> Delete(long id, CancellationToken ct) =>
        unitOfWork.Run<Done>(
            async token =>
            {
                var entry = await db.SenderAddresses.SingleOrDefaultAsync(a => a.Id == id, token);
                if (entry is null)
                {
                    return Problem.NotFound(Text.Get("This sender address does not exist."));
                }

                db.SenderAddresses.Remove(entry);
                if (entry.IsDefault && await db.SenderAddresses.Where(a => a.Id != id).OrderBy(a => a.Id).FirstOrDefaultAsync(token) is { } next)
                {
                    // Removing the default hands the mark to the oldest remaining entry; save the removal first so
                    // the one-default index never sees two.
                    await db.SaveChangesAsync(token);
                    next.IsDefault = true;
                }

                return Done.Value;
            },
            ct);

    // The tenancy filter limits this to the actor's store. Saved at once so the one-default index never sees two.
    private async Task ClearDefault(CancellationToken ct) =>
        await db.SenderAddresses.Where(a => a.IsDefault).ExecuteUpdateAsync(s => s.SetProperty(a => a.IsDefault, false), ct);
}
