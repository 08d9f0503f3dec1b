namespace Fulfilment.Channels;

/// <summary>
/// A channel's name as the UI language shows it: the admin-set Chinese name in the Chinese UI, else the name. Pages
/// ask by code; the names come from the in-memory <see cref="ReferenceDataCatalog"/>.
/// </summary>
public sealed class ChannelNameService(FulfilmentDbContext db, ReferenceDataCatalog catalog)
{
    public static bool ChineseUi => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The display name of the channel with this code; <paramref name="fallback"/> (or the code) when there is none.</summary>
    public async Task<string> For(string? code, string? fallback = null)
    {
        if (string.IsNullOrEmpty(code))
        {
            return fallback ?? "";
        }

        var channels = await catalog.All(db, CancellationToken.None);
        return channels.TryGetValue(code, out var channel) ? LogisticsChannel.DisplayName(channel.Name, channel.ChineseName, ChineseUi) : fallback ?? code;
    }
}
