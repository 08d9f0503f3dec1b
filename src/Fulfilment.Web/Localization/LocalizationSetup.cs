using Microsoft.AspNetCore.Localization;

namespace Fulfilment.Web.Localization;

/// <summary>
/// English and Simplified Chinese. The language comes from the user's choice (a cookie set by the switch on every
/// page), else the browser's Accept-Language. English text is the resource key; translations live in
/// <c>Resources/Localization/*.zh-CN.resx</c>, one file per area.
/// </summary>
internal static class LocalizationSetup
{
    public static readonly CultureInfo[] Supported = [new("en"), new("zh-CN")];

    public static IServiceCollection AddFulfilmentLocalization(this IServiceCollection services)
    {
        services.AddLocalization(options => options.ResourcesPath = "Resources");
        services.AddSingleton<MissingTranslations>();

        // Wrap the resource-file localizers so a lookup with no translation is reported (tests fail on it).
        services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        services.AddSingleton<IStringLocalizerFactory, ReportingStringLocalizerFactory>();
        return services;
    }

    public static void UseFulfilmentLocalization(this WebApplication app)
    {
        var missing = app.Services.GetRequiredService<MissingTranslations>();
        Fulfilment.Common.Text.Missing += (key, culture) => missing.Report("Messages", key, culture);
        app.UseRequestLocalization(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = Supported;
            options.SupportedUICultures = Supported;
            options.FallBackToParentUICultures = true;
            options.FallBackToParentCultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });
    }
}
