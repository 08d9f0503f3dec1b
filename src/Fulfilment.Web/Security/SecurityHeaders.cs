namespace Fulfilment.Web.Security;

/// <summary>
/// Security headers on every answer (pages, API, static files, errors), with NetEscapades.AspNetCore.SecurityHeaders:
/// a strict Content-Security-Policy (scripts and styles only from the app's own files: no inline script, no
/// <c>on…=</c> handlers, no <c>style=</c> attributes; no framing; forms post only to the app), <c>nosniff</c>, a
/// referrer policy, a permissions policy that turns off powerful features, and no <c>Server</c> header.
/// </summary>
internal static class SecurityHeaders
{
    public static HeaderPolicyCollection Policies() => new HeaderPolicyCollection()
        .AddContentSecurityPolicy(csp =>
        {
            csp.AddDefaultSrc().Self();
            csp.AddScriptSrc().Self();
            csp.AddStyleSrc().Self();
            csp.AddImgSrc().Self().Data();
            csp.AddFontSrc().Self();
            csp.AddConnectSrc().Self();
            csp.AddObjectSrc().None();
            csp.AddBaseUri().None();
            csp.AddFormAction().Self();
            csp.AddFrameAncestors().None();
        })
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(policy => policy.SameOrigin())
        .AddCrossOriginResourcePolicy(policy => policy.SameOrigin())
        .AddPermissionsPolicyWithDefaultSecureDirectives()
        .RemoveServerHeader();

    public static void UseFulfilmentSecurityHeaders(this WebApplication app) => app.UseSecurityHeaders(Policies());
}
