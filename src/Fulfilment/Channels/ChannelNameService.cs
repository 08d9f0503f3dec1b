namespace Fulfilment.Channels;

/// <summary>
/// A channel's name as the UI language shows it: the admin-set Chinese name in the Chinese UI, else the name. Pages
/// ask by code; the names come from the in-memory <see cref="ReferenceDataCatalog"/>.
/// </summary>
public sealed class ChannelNameService(FulfilmentDbContext db, ReferenceDataCatalog catalog)
{
    public static bool ChineseUi => CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    /// <summary>The display name of the channel with this code; <paramref name="fallback"/> (or the code) when there is none.</summary>
    /// <remarks>A value task: the catalog is nearly always loaded, and the inbox asks once per row.</remarks>
    public ValueTask<string> For(string? code, string? fallback = null)
    {
        if (string.IsNullOrEmpty(code))
        {
            return new(fallback ?? "");
        }

        var channels = catalog.All(db, CancellationToken.None);
        return channels.IsCompletedSuccessfully ? new(Name(channels.Result, code, fallback)) : new(Loaded());

        async Task<string> Loaded() => Name(await channels, code, fallback);
    }

    private static string Name(IReadOnlyDictionary<string, LogisticsChannel> channels, string code, string? fallback) =>
        channels.TryGetValue(code, out var channel) ? LogisticsChannel.DisplayName(channel.Name, channel.ChineseName, ChineseUi) : fallback ?? code;
}
