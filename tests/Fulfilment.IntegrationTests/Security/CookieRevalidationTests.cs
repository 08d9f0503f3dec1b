using Microsoft.AspNetCore.Identity;

namespace Fulfilment.IntegrationTests.Security;

/// <summary>
/// Identity's periodic re-validation of a sign-in cookie runs only when it is due (the app builds the validator, and with
/// it a database context, only then): when due it renews the cookie, which keeps its sign-in session; otherwise a page
/// request leaves the cookie alone.
/// </summary>
public sealed class CookieRevalidationTests(PostgresServer server)
{
    [Fact]
    public async Task A_due_revalidation_renews_the_cookie_and_the_renewed_cookie_keeps_its_session()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        await using var due = app.WithWebHostBuilder(b => b.ConfigureServices(services =>
            services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero)));

        using var notDue = await PageSession.SignInAsync(app, DemoSeeder.SellerEmail);
        var quiet = await notDue.Client.GetAsync("/Orders", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, quiet.StatusCode);
        Assert.DoesNotContain(AuthCookies(quiet), c => c.StartsWith("fulfilment.auth=", StringComparison.Ordinal));

        using var browser = await PageSession.SignInAsync(due, DemoSeeder.SellerEmail);
        await Task.Delay(TimeSpan.FromSeconds(1.1), TestContext.Current.CancellationToken); // the cookie's issue time is kept to the second
        var renewed = await browser.Client.GetAsync("/Orders", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        Assert.Contains(AuthCookies(renewed), c => c.StartsWith("fulfilment.auth=", StringComparison.Ordinal));

        var again = await browser.GetAsync("/Orders");
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Null(again.Location);
    }

    private static IEnumerable<string> AuthCookies(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [];
}
