namespace Fulfilment.Web.Localization;

/// <summary>Every text shown in a non-English language without a translation, kept and logged so tests can fail on it.</summary>
public sealed partial class MissingTranslations(ILogger<MissingTranslations> logger)
{
    private readonly ConcurrentDictionary<string, byte> _seen = new();

    public IReadOnlyCollection<string> All => [.. _seen.Keys];

    public void Report(string area, string key, CultureInfo culture)
    {
        if (_seen.TryAdd($"{culture.Name} {area}: {key}", 0))
        {
            LogMissing(logger, culture.Name, area, key);
        }
    }

    public void Clear() => _seen.Clear();

    [LoggerMessage(Level = LogLevel.Warning, Message = "No {Culture} translation in {Area} for \"{Key}\"")]
    private static partial void LogMissing(ILogger logger, string culture, string area, string key);
}
