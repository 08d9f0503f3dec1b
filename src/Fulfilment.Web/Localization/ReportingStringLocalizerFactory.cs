namespace Fulfilment.Web.Localization;

/// <summary>
/// The resource-file localizer factory, with every untranslated lookup in a non-English culture reported, and each
/// text looked up once per language: one localizer per resource, kept for the life of the app.
/// </summary>
internal sealed class ReportingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner, MissingTranslations missing) : IStringLocalizerFactory
{
    private readonly ConcurrentDictionary<(Type?, string, string), Reporting> _localizers = new();

    public IStringLocalizer Create(Type resourceSource) =>
        _localizers.GetOrAdd((resourceSource, "", ""), _ => new Reporting(inner.Create(resourceSource), resourceSource.Name, missing));

    public IStringLocalizer Create(string baseName, string location) =>
        _localizers.GetOrAdd((null, baseName, location), _ => new Reporting(inner.Create(baseName, location), baseName, missing));

    private sealed class Reporting(IStringLocalizer inner, string area, MissingTranslations missing) : IStringLocalizer
    {
        // Texts do not change while the app runs, but ResourceManager looks each up again on every call (for English,
        // whose texts are their own keys, through the whole fallback chain, building a cache key each time), and a page
        // asks for dozens. Bounded, so that lookups of arbitrary keys cannot grow it without end.
        private const int MaxTexts = 4096;
        private readonly ConcurrentDictionary<(string Culture, string Name), LocalizedString> _texts = new();

        public LocalizedString this[string name] => Check(Text(name));

        public LocalizedString this[string name, params object[] arguments]
        {
            get
            {
                // As ResourceManagerStringLocalizer formats: the translation (else the key) in the current culture.
                var format = Text(name);
                return Check(
                    new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, format.Value, arguments), format.ResourceNotFound, format.SearchedLocation),
                    name);
            }
        }

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Text(string name)
        {
            var key = (CultureInfo.CurrentUICulture.Name, name);
            if (_texts.TryGetValue(key, out var text))
            {
                return text;
            }

            text = inner[name];
            if (_texts.Count < MaxTexts)
            {
                _texts.TryAdd(key, text);
            }

            return text;
        }

        private LocalizedString Check(LocalizedString value, string? key = null)
        {
            var culture = CultureInfo.CurrentUICulture;
            if (value.ResourceNotFound && culture.TwoLetterISOLanguageName != "en")
            {
                missing.Report(area, key ?? value.Name, culture);
            }

            return value;
        }
    }
}
