using System.Net;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.HttpOverrides;

namespace Fulfilment.Web.Security;

/// <summary>
/// Transport settings (<c>Security:Transport</c>): behind a TLS-terminating proxy, trust its <c>X-Forwarded-*</c> headers
/// so the app knows the request was HTTPS (and the client's address, for the rate limits); send HSTS; mark cookies
/// <c>Secure</c>. Off by default for local HTTP; cookies are <c>Secure</c> on any request that arrives over HTTPS anyway.
/// </summary>
public sealed class TransportOptions
{
    public const string Section = "Security:Transport";

    /// <summary>Read <c>X-Forwarded-For</c>/<c>-Proto</c>/<c>-Host</c> from the proxies below (or loopback when none are listed).</summary>
    public bool ForwardedHeaders { get; set; }

    /// <summary>Addresses of the reverse proxies whose forwarded headers are trusted.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks (CIDR, <c>10.0.0.0/8</c>) of trusted reverse proxies.</summary>
    public string[] KnownNetworks { get; set; } = [];

    /// <summary>Send <c>Strict-Transport-Security</c> on HTTPS answers.</summary>
    public bool Hsts { get; set; }

    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Mark every cookie <c>Secure</c> whatever the request's scheme (the app is only ever reached over HTTPS).</summary>
    public bool SecureCookiesAlways { get; set; }
}

internal static class WebHardening
{
    public static IServiceCollection AddFulfilmentHardening(this IServiceCollection services, IConfiguration configuration)
    {
        var transport = configuration.GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();
        services.Configure<TransportOptions>(configuration.GetSection(TransportOptions.Section));
        var secure = transport.SecureCookiesAlways ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.ForwardLimit = 1;
            foreach (var proxy in transport.KnownProxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in transport.KnownNetworks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(transport.HstsMaxAgeDays);
            options.IncludeSubDomains = true;
        });

        services.Configure<AntiforgeryOptions>(options => options.Cookie.SecurePolicy = secure);
        services.Configure<CookiePolicyOptions>(options =>
        {
            options.Secure = secure;
            options.HttpOnly = Microsoft.AspNetCore.CookiePolicy.HttpOnlyPolicy.Always;
            options.MinimumSameSitePolicy = SameSiteMode.Lax;
        });
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.SecurePolicy = secure;
            options.Cookie.HttpOnly = true;

            // Redirects are relative: an absolute one would be built from the request's Host header, which a client chooses.
            options.Events.OnRedirectToLogin = context => Relative(context);
            options.Events.OnRedirectToAccessDenied = context => Relative(context);
            options.Events.OnRedirectToLogout = context => Relative(context);
            options.Events.OnRedirectToReturnUrl = context => Relative(context);

            // Identity's stamp validator is built with SignInManager, whose user store holds the request's database
            // context: resolving it on every request leased that context while the user was not yet known, so every
            // EF query of a seller's page ran under the all-stores tenancy filter (whose generic plans cannot use the
            // store's indexes: a parcels tab at 800,000 parcels took 0.5 s). Build it only when a re-validation is due;
            // ActiveUserCheck checks the stamp, the user and the session on every request anyway.
            options.Events.OnValidatePrincipal = context =>
                StampValidationDue(context) ? SecurityStampValidator.ValidatePrincipalAsync(context) : Task.CompletedTask;
        });

        // The periodic re-validation rebuilds the principal: keep its sign-in session, or the next request would refuse it.
        services.Configure<SecurityStampValidatorOptions>(options => options.OnRefreshingPrincipal = context =>
        {
            var identity = context.NewPrincipal?.Identities.FirstOrDefault();
            foreach (var type in new[] { Fulfilment.Identity.ClaimNames.SessionId, Fulfilment.Identity.ClaimNames.SessionGeneration })
            {
                if (identity is not null && context.CurrentPrincipal?.FindFirst(type) is { } claim && identity.FindFirst(type) is null)
                {
                    identity.AddClaim(new System.Security.Claims.Claim(type, claim.Value));
                }
            }

            return Task.CompletedTask;
        });

        services.AddFulfilmentRateLimits(configuration);
        return services;
    }

    /// <summary>Whether Identity's <see cref="SecurityStampValidator"/> would re-validate this cookie now (its own rule).</summary>
    private static bool StampValidationDue(CookieValidatePrincipalContext context)
    {
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        return context.Properties.IssuedUtc is not { } issued
            || (options.TimeProvider ?? TimeProvider.System).GetUtcNow() - issued > options.ValidationInterval;
    }

    /// <summary>Forwarded headers first (so everything after sees the client's scheme and address), then HSTS.</summary>
    public static void UseFulfilmentTransport(this WebApplication app)
    {
        var transport = app.Configuration.GetSection(TransportOptions.Section).Get<TransportOptions>() ?? new TransportOptions();
        if (transport.ForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        if (transport.Hsts)
        {
            app.UseHsts();
        }

        app.UseCookiePolicy();
    }

    /// <summary><c>Cache-Control: no-store</c> on every answer to a signed-in request and every sign-in answer (tokens).</summary>
    public static void UseNoStoreForPrivateAnswers(this WebApplication app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            if (context.User.Identity?.IsAuthenticated == true || context.Request.Path.StartsWithSegments("/api/auth"))
            {
                context.Response.Headers.CacheControl = "no-store";
                context.Response.Headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        await next();
    });

    private static Task Relative<TOptions>(RedirectContext<TOptions> context)
        where TOptions : AuthenticationSchemeOptions
    {
        var target = Uri.TryCreate(context.RedirectUri, UriKind.Absolute, out var absolute) ? absolute.PathAndQuery : context.RedirectUri;
        context.Response.Redirect(target);
        return Task.CompletedTask;
    }
}
