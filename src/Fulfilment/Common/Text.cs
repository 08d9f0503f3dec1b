using System.Resources;

namespace Fulfilment.Common;

/// <summary>
/// Messages the rules produce (validation, refusals), in the reader's language. The English text is the key;
/// translations live in <c>Resources/Messages.*.resx</c>. The current UI culture picks the language.
/// </summary>
public static class Text
{
    private static readonly ResourceManager Resources = new("Fulfilment.Resources.Messages", typeof(Text).Assembly);

    /// <summary>Raised for a lookup with no translation in a non-English culture, so tests can fail on it.</summary>
    public static event Action<string, CultureInfo>? Missing;

    public static string Get(string english)
    {
        var culture = CultureInfo.CurrentUICulture;
        if (IsEnglish(culture))
        {
            return english;
        }

        var translated = Resources.GetString(english, culture);
        if (translated is null)
        {
            Missing?.Invoke(english, culture);
            return english;
        }

        return translated;
    }

    public static string Format(string english, params object?[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(english), args);

    private static bool IsEnglish(CultureInfo culture) =>
        culture.TwoLetterISOLanguageName is "en" or "iv";
}
