namespace Fulfilment.Web.Localization;

/// <summary>The resource-file localizer factory, with every untranslated lookup in a non-English culture reported.</summary>
internal sealed class ReportingStringLocalizerFactory(ResourceManagerStringLocalizerFactory inner, MissingTranslations missing) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new Reporting(inner.Create(resourceSource), resourceSource.Name, missing);

    public IStringLocalizer Create(string baseName, string location) => new Reporting(inner.Create(baseName, location), baseName, missing);

    private sealed class Reporting(IStringLocalizer inner, string area, MissingTranslations missing) : IStringLocalizer
    {
        public LocalizedString this[string name] => Check(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Check(inner[name, arguments], name);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

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
