using Fulfilment.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Fulfilment.IntegrationTests.Localization;

/// <summary>
/// Texts are looked up once per language and kept (the localizers are made once per resource): the same words come
/// back in each language, formatted with their arguments, and an untranslated Chinese text is still reported on every
/// lookup, also after the report was cleared.
/// </summary>
public sealed class TextLookupTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public void Texts_are_kept_per_language_and_untranslated_ones_still_reported()
    {
        var factory = fixture.App.Services.GetRequiredService<IStringLocalizerFactory>();
        var missing = fixture.App.Services.GetRequiredService<MissingTranslations>();
        var text = factory.Create(typeof(SharedText));
        Assert.Same(text, factory.Create(typeof(SharedText)));

        var (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
            Assert.Equal("所有订单", text["All orders"].Value);
            Assert.Equal("所有订单", text["All orders"].Value);
            Assert.False(text["All orders"].ResourceNotFound);

            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("en");
            Assert.Equal("All orders", text["All orders"].Value);
            Assert.Equal("Times in Asia/Shanghai", text["Times in {0}", "Asia/Shanghai"].Value);

            CultureInfo.CurrentUICulture = CultureInfo.CurrentCulture = new CultureInfo("zh-CN");
            missing.Clear();
            _ = text["A text nobody translated"];
            Assert.Contains(missing.All, m => m.Contains("A text nobody translated", StringComparison.Ordinal));
            missing.Clear();
            _ = text["A text nobody translated"];
            Assert.Contains(missing.All, m => m.Contains("A text nobody translated", StringComparison.Ordinal));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
            missing.Clear();
        }
    }
}
