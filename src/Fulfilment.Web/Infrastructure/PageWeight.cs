using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// Fewer bytes and fewer requests: static text (CSS, JavaScript, SVG) is sent Brotli- or gzip-compressed,
/// also over HTTPS, and a static file asked for by its fingerprinted URL (<c>?v=</c>, from <c>asp-append-version</c>)
/// is cached for a year. Pages and API answers are not compressed: they carry antiforgery tokens, session-bound data
/// and text a visitor typed, the ingredients of BREACH; the static files hold no secret and reflect nothing.
/// </summary>
internal static class PageWeight
{
    /// <summary>The types compressed: static text only (never text/html or application/json, see above).</summary>
    public static readonly string[] CompressedTypes =
    [
        "text/css", "text/javascript", "application/javascript", "image/svg+xml",
    ];

    public static IServiceCollection AddFulfilmentPageWeight(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = CompressedTypes;
        });
        // Fastest: compressed per request on a small machine; bootstrap.min.css still shrinks about sevenfold.
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    public static void UseFulfilmentStaticFiles(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                // A fingerprinted URL names one version of the file forever; anything else is checked again each time.
                headers.CacheControl = context.Context.Request.Query.ContainsKey("v")
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
            },
        });
    }
}
