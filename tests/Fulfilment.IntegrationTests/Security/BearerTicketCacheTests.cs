using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Fulfilment.IntegrationTests.Security;

/// <summary>
/// Bearer tokens are read once and their tickets kept until they expire (<c>CachedBearerTickets</c>): a token still
/// opens the API on every call, a tampered or expired one never does, and a disabled user's token stops working at
/// once although its ticket is remembered.
/// </summary>
public sealed class BearerTicketCacheTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public void A_token_is_read_once_and_an_expired_or_tampered_one_is_never_remembered()
    {
        var protector = fixture.App.Services.GetRequiredService<IOptionsMonitor<BearerTokenOptions>>().Get(IdentityConstants.BearerScheme).BearerTokenProtector;
        Assert.Equal("CachedBearerTickets", protector.GetType().Name);

        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, "ticket@test")], IdentityConstants.BearerScheme);
        var live = protector.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(5) }, IdentityConstants.BearerScheme));
        var first = protector.Unprotect(live);
        Assert.NotNull(first);
        Assert.Same(first, protector.Unprotect(live));

        var expired = protector.Protect(new AuthenticationTicket(new ClaimsPrincipal(identity), new AuthenticationProperties { ExpiresUtc = DateTimeOffset.UtcNow.AddMinutes(-1) }, IdentityConstants.BearerScheme));
        Assert.NotSame(protector.Unprotect(expired), protector.Unprotect(expired));

        Assert.Null(protector.Unprotect(live[..^4] + (live.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA")));
    }

    [Fact]
    public async Task A_disabled_users_token_stops_opening_the_api_although_its_ticket_is_remembered()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = $"cached-{Guid.NewGuid():N}@demo.test";
        await fixture.App.WithServices(TestActors.Administrator(), async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var store = await services.GetRequiredService<FulfilmentDbContext>().Stores.Where(s => s.Name == DemoSeeder.DemoStoreName).Select(s => s.Id).SingleAsync(ct);
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, StoreId = store };
            Assert.True((await users.CreateAsync(user, DemoSeeder.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Seller)).Succeeded);
            return 0;
        });

        using var client = await fixture.ApiAs(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me", ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me", ct)).StatusCode);

        using var admin = await fixture.ApiAs(DemoSeeder.AdminEmail);
        var id = await fixture.App.WithServices(TestActors.Administrator(), async services => (await services.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(email))!.Id);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"/api/admin/users/{id}/disable", null, ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/me", ct)).StatusCode);
    }
}
