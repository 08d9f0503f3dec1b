using System.Security.Claims;
using Fulfilment.Data;
using Fulfilment.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

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
        return current is { User: { IsDisabled: false } user }
            && user.SecurityStamp == stamp
            && (current.Kind != SignInSession.Token || current.Generation == generation);
    }
}
