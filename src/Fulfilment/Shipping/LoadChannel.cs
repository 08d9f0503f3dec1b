using Fulfilment.Channels;
using Fulfilment.Data;
using Microsoft.EntityFrameworkCore;

namespace Fulfilment.Shipping;

/// <summary>The small channel queries the shipping use cases share (channels are not per store).</summary>
[ScopedService]
public sealed class LoadChannel(FulfilmentDbContext db)
{
    /// <summary>The channel with its rates by code (blanks ignored), or null.</summary>
    public async Task<LogisticsChannel?> ByCode(string? code, bool tracked, CancellationToken ct)
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            return null;
        }

        var channels = db.Channels.Include(c => c.Rates);
        return await (tracked ? channels : channels.AsNoTracking()).SingleOrDefaultAsync(c => c.Code == trimmed, ct);
    }

    /// <summary>Every channel in service with its rates, by code.</summary>
    public async Task<List<LogisticsChannel>> Active(CancellationToken ct) =>
        await db.Channels.AsNoTracking().Include(c => c.Rates).Where(c => c.Active).OrderBy(c => c.Code).ToListAsync(ct);

    /// <summary>A channel's name (the buyer's channel on an order), or null.</summary>
    public async Task<string?> NameOf(string? code, CancellationToken ct) =>
        code is null ? null : await db.Channels.AsNoTracking().Where(c => c.Code == code).Select(c => c.Name).SingleOrDefaultAsync(ct);
}
