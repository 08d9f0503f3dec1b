using System.Security.Claims;
using Fulfilment.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Fulfilment.Web.Security;

/// <summary>
/// Ends sessions and tokens of a user who was disabled or whose security stamp changed, on their very next request:
/// cookies and bearer tokens otherwise stay valid until they expire.
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
        var db = context.RequestServices.GetRequiredService<FulfilmentDbContext>();
        var user = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new { u.IsDisabled, u.SecurityStamp })
            .SingleOrDefaultAsync(context.RequestAborted);
        return user is not null && !user.IsDisabled && user.SecurityStamp == stamp;
    }
}
