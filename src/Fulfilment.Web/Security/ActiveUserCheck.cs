namespace Fulfilment.Web.Security;

/// <summary>
/// Ends sessions and tokens of a user who was disabled or whose security stamp changed, and cookies and tokens whose
/// sign-in session was revoked (signed out, or a spent refresh token reused) or retired by a refresh, on their very next
/// request: cookies and bearer tokens otherwise stay valid until they expire.
/// </summary>
internal static class ActiveUserCheck
{
    public static void UseActiveUserCheck(this WebApplication app) => app.Use(async (context, next) =>
    {
        if (context.User.Identity?.IsAuthenticated == true && !await IsActiveAsync(context))
        {
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                // The API policy would authenticate the bearer token again, so answer here.
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return;
            }

            await context.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.User = new ClaimsPrincipal(new ClaimsIdentity());
        }

        await next();
    });

    private static async Task<bool> IsActiveAsync(HttpContext context)
    {
        var idClaim = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (!Guid.TryParse(idClaim, out var userId))
        {
            return false;
        }

        var stampClaimType = context.RequestServices.GetRequiredService<IOptions<IdentityOptions>>().Value.ClaimsIdentity.SecurityStampClaimType;
        var stamp = context.User.FindFirstValue(stampClaimType);
        // Every cookie and token names its sign-in session: signing out (or reusing a spent refresh token) revokes it.
        if (!Guid.TryParse(context.User.FindFirstValue(ClaimNames.SessionId), out var sessionId)
            || !int.TryParse(context.User.FindFirstValue(ClaimNames.SessionGeneration), out var generation))
        {
            return false;
        }

        // A session found active a moment ago is not asked again for a few seconds (ActiveSessionCache): a revocation,
        // a refresh, a disabled user or a new security stamp saved by this process drops every remembered answer at once.
        var cache = context.RequestServices.GetRequiredService<ActiveSessionCache>();
        var key = new ActiveSessionCache.Key(sessionId, userId, stamp, generation);
        if (cache.IsKnownActive(key))
        {
            return true;
        }

        var version = cache.Version;
        var db = context.RequestServices.GetRequiredService<FulfilmentDbContext>();
        var current = await db.SignInSessions.AsNoTracking()
            .Where(s => s.Id == sessionId && s.UserId == userId && s.RevokedAt == null)
            .Select(s => new
            {
                s.Kind,
                s.Generation,
                User = db.Users.Where(u => u.Id == userId).Select(u => new { u.IsDisabled, u.SecurityStamp }).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(context.RequestAborted);

        // Only the newest access token of a token family works: a refresh retires the one issued before it.
        var active = current is { User: { IsDisabled: false } user }
            && user.SecurityStamp == stamp
            && (current.Kind != SignInSession.Token || current.Generation == generation);
        if (active)
        {
            cache.RememberActive(key, version);
        }

        return active;
    }
}

/// <summary>
/// Sessions found active by <see cref="ActiveUserCheck"/> in the last <see cref="Lifetime"/>, so that a burst of requests
/// with one cookie or token asks PostgreSQL once rather than on every request (that query was a second pool connection
/// and round trip per request). Only "active" is remembered, never a refusal. Correctness: every change this process
/// makes to users or sign-in sessions moves <see cref="ChangeSignals.SignIns"/>, which forgets every remembered answer,
/// so signing out, a spent refresh token, disabling a user or a new security stamp still take effect on the very next
/// request. A change made by another instance of the app (several behind a balancer) takes effect here within
/// <see cref="Lifetime"/>.
/// </summary>
public sealed class ActiveSessionCache(ChangeSignals signals, TimeProvider time)
{
    /// <summary>How long an "active" answer is trusted without asking PostgreSQL again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private const int MaxEntries = 10_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<Key, (long Version, long Until)> _active = new();

    public long Version => signals.SignIns;

    public bool IsKnownActive(Key key) =>
        _active.TryGetValue(key, out var known) && known.Version == signals.SignIns && known.Until > time.GetTimestamp();

    /// <summary>Remembers an answer read at <paramref name="version"/> (taken before the query), unless it moved since.</summary>
    public void RememberActive(Key key, long version)
    {
        if (version != signals.SignIns)
        {
            return;
        }

        if (_active.Count >= MaxEntries)
        {
            _active.Clear();
        }

        _active[key] = (version, time.GetTimestamp() + (long)(Lifetime.TotalSeconds * time.TimestampFrequency));
    }

    public readonly record struct Key(Guid SessionId, Guid UserId, string? Stamp, int Generation);
}
