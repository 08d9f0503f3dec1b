namespace Fulfilment.Shipping;

/// <summary>
/// The small channel queries the shipping use cases share (channels are not per store). Untracked answers come from the
/// in-memory <see cref="ReferenceDataCatalog"/> (shared objects: read them, never change or attach them).
/// </summary>
[ScopedService]
public sealed class LoadChannel(FulfilmentDbContext db, ReferenceDataCatalog catalog)
{
    /// <summary>The channel with its rates by code (blanks ignored), or null.</summary>
    public async Task<LogisticsChannel?> ByCode(string? code, bool tracked, CancellationToken ct)
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return null;
        }

        return tracked
            ? await db.Channels.Include(c => c.Rates).SingleOrDefaultAsync(c => c.Code == trimmed, ct)
            : await catalog.Find(db, trimmed, ct);
    }

    /// <summary>Every channel in service with its rates, by code.</summary>
    public async Task<List<LogisticsChannel>> Active(CancellationToken ct) =>
        [.. (await catalog.All(db, ct)).Values.Where(c => c.Active).OrderBy(c => c.Code, StringComparer.Ordinal)];

    /// <summary>A channel's name (the buyer's channel on an order), or null.</summary>
    public async Task<string?> NameOf(string? code, CancellationToken ct) =>
        (await catalog.Find(db, code, ct))?.Name;
}
