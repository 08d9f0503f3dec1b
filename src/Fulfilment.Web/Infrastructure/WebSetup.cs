using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fulfilment.Web.Security;
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

        // Names and addresses in Chinese, Cyrillic, Korean… are written as they are, not as &#x…; entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(options => options.HeaderName = "X-CSRF-TOKEN");
        return services;
    }
}
