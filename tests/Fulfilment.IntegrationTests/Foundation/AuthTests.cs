using Microsoft.AspNetCore.Identity;

namespace Fulfilment.IntegrationTests.Foundation;

public sealed class AuthTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Login_returns_a_bearer_token_that_opens_the_api()
    {
        using var client = fixture.Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoSeeder.SellerEmail, password = DemoSeeder.Password }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal("Bearer", body.GetProperty("tokenType").GetString());
        Assert.True(body.GetProperty("expiresIn").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(body.GetProperty("refreshToken").GetString()));

        var refreshed = await client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken = body.GetProperty("refreshToken").GetString() }, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        Assert.False(string.IsNullOrEmpty((await refreshed.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("accessToken").GetString()));
    }

    [Fact]
    public async Task Bad_credentials_are_401_with_a_problem_code()
    {
        using var client = fixture.Anonymous();
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email = DemoSeeder.SellerEmail, password = "wrong-password" }, TestContext.Current.CancellationToken);
        await Problems.AssertAsync(response, HttpStatusCode.Unauthorized, "unauthorized");
        var unknown = await client.PostAsJsonAsync("/api/auth/login", new { email = "nobody@demo.test", password = "whatever-123" }, TestContext.Current.CancellationToken);
        await Problems.AssertAsync(unknown, HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task Five_failures_lock_the_account_even_for_the_right_password()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = "lockme@demo.test";
        await CreateSeller(email);
        using var client = fixture.Anonymous();
        for (var i = 0; i < 5; i++)
        {
            await client.PostAsJsonAsync("/api/auth/login", new { email, password = "wrong-password" }, ct);
        }

        var locked = await client.PostAsJsonAsync("/api/auth/login", new { email, password = DemoSeeder.Password }, ct);
        await Problems.AssertAsync(locked, HttpStatusCode.Unauthorized, "locked_out");
    }

    [Fact]
    public async Task Missing_fields_and_unreadable_bodies_are_400_naming_the_field()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.Anonymous();
        var missing = await client.PostAsJsonAsync("/api/auth/login", new { email = "" }, ct);
        var problem = await Problems.AssertAsync(missing, HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));

        using var wrongType = new StringContent("""{"email": 42, "password": "x"}""", System.Text.Encoding.UTF8, "application/json");
        var unreadable = await client.PostAsync("/api/auth/login", wrongType, ct);
        problem = await Problems.AssertAsync(unreadable, HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("email", out _));

        using var broken = new StringContent("{not json", System.Text.Encoding.UTF8, "application/json");
        await Problems.AssertAsync(await client.PostAsync("/api/auth/login", broken, ct), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Fact]
    public async Task The_api_needs_a_token_and_answers_unknown_paths_with_problem_details()
    {
        var ct = TestContext.Current.CancellationToken;
        using var anonymous = fixture.Anonymous();
        await Problems.AssertAsync(await anonymous.GetAsync("/api/freight-account", ct), HttpStatusCode.Unauthorized, "unauthorized");
        using var seller = await fixture.SellerApi();
        await Problems.AssertAsync(await seller.GetAsync("/api/no-such-thing", ct), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task A_disabled_users_token_and_session_stop_working_at_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var email = "disable-me@demo.test";
        await CreateSeller(email);
        using var api = await fixture.ApiAs(email);
        using var browser = await fixture.BrowserAs(email);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/")).Status);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/me", ct)).StatusCode);

        await fixture.App.WithServices(Identity.FixedActor.System, async services =>
        {
            var users = services.GetRequiredService<UserManager<Identity.AppUser>>();
            var user = await users.FindByEmailAsync(email);
            user!.IsDisabled = true;
            await users.UpdateAsync(user);
            await users.UpdateSecurityStampAsync(user);
            return true;
        });

        Assert.Equal(HttpStatusCode.Unauthorized, (await api.GetAsync("/api/me", ct)).StatusCode);
        var page = await browser.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/Login", page.Location);
    }

    private Task CreateSeller(string email) => fixture.App.WithServices(Identity.FixedActor.System, async services =>
    {
        var users = services.GetRequiredService<UserManager<Identity.AppUser>>();
        var seller = await users.FindByEmailAsync(DemoSeeder.SellerEmail);
        var user = new Identity.AppUser { UserName = email, Email = email, Role = Identity.Roles.Seller, StoreId = seller!.StoreId, CreatedAt = DateTimeOffset.UtcNow };
        var created = await users.CreateAsync(user, DemoSeeder.Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Identity.Roles.Seller);
        return true;
    });
}
