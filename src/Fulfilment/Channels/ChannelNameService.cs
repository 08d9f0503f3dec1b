using System.Globalization;
using Fulfilment.Data;
using Microsoft.EntityFrameworkCore;

namespace Fulfilment.Channels;

/// <summary>
/// A channel's name as the UI language shows it: the admin-set Chinese name in the Chinese UI, else the name. Pages
/// ask by code; the handful of channels is read once per request.
/// </summary>
public sealed class ChannelNameService(FulfilmentDbContext db)
{
    private Dictionary<string, (string Name, string? ChineseName)>? _names;

    public static bool ChineseUi => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The display name of the channel with this code; <paramref name="fallback"/> (or the code) when there is none.</summary>
    public async Task<string> For(string? code, string? fallback = null)
    {
        if (string.IsNullOrEmpty(code))
        {
            return fallback ?? "";
        }

        _names ??= await db.Channels.AsNoTracking().ToDictionaryAsync(c => c.Code, c => (c.Name, c.ChineseName), StringComparer.Ordinal);
        return _names.TryGetValue(code, out var names) ? LogisticsChannel.DisplayName(names.Name, names.ChineseName, ChineseUi) : fallback ?? code;
    }
}
