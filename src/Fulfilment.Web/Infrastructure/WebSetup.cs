using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;

namespace Fulfilment.Web.Infrastructure;

internal static class WebSetup
{
    public static IServiceCollection AddFulfilmentWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options =>
            {
                // Each area is closed to every other role; a folder's pages inherit its policy.
                options.Conventions.AuthorizeFolder("/");
                options.Conventions.AuthorizeFolder("/FreightAccount", Policies.Seller);
                options.Conventions.AuthorizeFolder("/Orders", Policies.Seller);
                options.Conventions.AuthorizeFolder("/Shipping", Policies.Seller);
                options.Conventions.AuthorizeFolder("/Packages", Policies.Seller);
                options.Conventions.AuthorizeFolder("/SenderAddresses", Policies.Seller);
                options.Conventions.AuthorizeFolder("/Store", Policies.Seller);
                options.Conventions.AuthorizeFolder("/Warehouse", Policies.WarehouseStaff);
                options.Conventions.AuthorizeFolder("/Admin", Policies.Admin);
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Account/Culture");
                options.Conventions.AddPageRoute("/Account/Login", "/Login");
                options.Conventions.AddPageRoute("/Account/Logout", "/Logout");
                options.Conventions.AddPageRoute("/Account/AccessDenied", "/AccessDenied");
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();

        services.AddScoped<PageTime>();
        services.AddSingleton<Fulfilment.Web.Localization.Labels>();
        services.AddSingleton<ClientRules>();
        services.Configure<MvcOptions>(options =>
        {
            options.Filters.Add<LocalTimePageFilter>();
            options.Filters.Add<UnreadableBoolFilter>();
            // Required-ness is the validators' business (one rule set for pages and API), not MVC's guess from nullability.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            var unreadable = () => Text.Get("This value could not be read: check its type and format.");
            var messages = options.ModelBindingMessageProvider;
            messages.SetAttemptedValueIsInvalidAccessor((_, _) => unreadable());
            messages.SetValueIsInvalidAccessor(_ => unreadable());
            messages.SetValueMustBeANumberAccessor(_ => unreadable());
            messages.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => unreadable());
            messages.SetUnknownValueIsInvalidAccessor(_ => unreadable());
            messages.SetNonPropertyUnknownValueIsInvalidAccessor(unreadable);
            messages.SetNonPropertyValueMustBeANumberAccessor(unreadable);
            messages.SetMissingBindRequiredValueAccessor(_ => Text.Get("Required."));
            messages.SetMissingKeyOrValueAccessor(() => Text.Get("Required."));
            messages.SetValueMustNotBeNullAccessor(_ => Text.Get("Required."));
            messages.SetMissingRequestBodyRequiredValueAccessor(() => Text.Get("Required."));
        });

        // Names and addresses in Chinese, Cyrillic, Korean… are written as they are, not as &#x…; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options => options.HeaderName = "X-CSRF-TOKEN");
        return services;
    }
}
