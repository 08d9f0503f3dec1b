using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Fulfilment.Web.Security;

/// <summary>
/// Reads each bearer token once: the ticket inside (user, roles, store, session, expiry) is kept in memory by the token's
/// text until it expires. Reading one on every API call (data protection's key derivation, AES and HMAC, then the
/// ticket's claims) cost more CPU and allocations than the rest of the pipeline together. Nothing is weakened: the
/// handler still refuses an expired ticket, and <see cref="ActiveUserCheck"/> still checks the user and the session on
/// every request (a disabled user, a revoked session). Tickets are shared by the requests of one token and never
/// changed by the app. At most <see cref="Capacity"/> are kept; when full, the cache starts again.
/// </summary>
internal sealed class CachedBearerTickets(ISecureDataFormat<AuthenticationTicket> inner, TimeProvider time) : ISecureDataFormat<AuthenticationTicket>
{
    public const int Capacity = 4096;

    private readonly ConcurrentDictionary<string, AuthenticationTicket> _tickets = new(StringComparer.Ordinal);

    public string Protect(AuthenticationTicket data) => inner.Protect(data);

    public string Protect(AuthenticationTicket data, string? purpose) => inner.Protect(data, purpose);

    public AuthenticationTicket? Unprotect(string? protectedText) => Unprotect(protectedText, null);

    public AuthenticationTicket? Unprotect(string? protectedText, string? purpose)
    {
        if (protectedText is null || purpose is not null)
        {
            return inner.Unprotect(protectedText, purpose);
        }

        var now = time.GetUtcNow();
        if (_tickets.TryGetValue(protectedText, out var known) && known.Properties.ExpiresUtc > now)
        {
            return known;
        }

        var ticket = inner.Unprotect(protectedText);
        if (ticket?.Properties.ExpiresUtc > now)
        {
            if (_tickets.Count >= Capacity)
            {
                _tickets.Clear();
            }

            _tickets[protectedText] = ticket;
        }

        return ticket;
    }

    /// <summary>Wraps the bearer scheme's protector (after the framework has set its default one).</summary>
    public static void Use(IServiceCollection services) =>
        services.AddOptions<BearerTokenOptions>(IdentityConstants.BearerScheme).PostConfigure<TimeProvider>((options, time) =>
        {
            if (options.BearerTokenProtector is { } protector and not CachedBearerTickets)
            {
                options.BearerTokenProtector = new CachedBearerTickets(protector, time);
            }
        });
}
