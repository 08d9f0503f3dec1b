using Microsoft.AspNetCore.Mvc.Testing.Handlers;

namespace Fulfilment.IntegrationTests.Security;

/// <summary>
/// Sign-in as an attacker tries it (issue 15): racing guesses against the lockout, telling accounts apart by answer or
/// time, replaying tokens and cookies after a refresh or sign-out. ASVS 5.0: V6.3.1 (brute force), V6.3.8 (no user
/// enumeration), V7.4.1 (logout ends the session; so do a refresh
/// and a reused refresh token for the tokens before them).
/// </summary>
public sealed class SignInAttackTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Fifty_concurrent_wrong_passwords_evaluate_at_most_five_and_then_the_right_one_is_refused()
    {
        var email = await fixture.App.NewSellerAsync("race");
        using var client = fixture.Anonymous();
        var answers = await Task.WhenAll(Enumerable.Range(0, 50).Select(async i =>
        {
            using var response = await client.LoginAsync(email, $"wrong-password-{i}");
            return ((int)response.StatusCode, await response.CodeAsync());
        }));
        var evaluatedAndWrong = answers.Count(a => a.Item2 == "unauthorized");
        var locked = answers.Count(a => a.Item2 == "locked_out");
        TestContext.Current.TestOutputHelper?.WriteLine($"50 concurrent wrong passwords: {evaluatedAndWrong} x unauthorized, {locked} x locked_out");
        Assert.All(answers, a => Assert.Equal(401, a.Item1));
        Assert.True(evaluatedAndWrong <= 5, $"{evaluatedAndWrong} guesses were evaluated; the limit is 5");
        Assert.Equal(50, evaluatedAndWrong + locked);

        using var right = await client.LoginAsync(email);
        await Problems.AssertAsync(right, HttpStatusCode.Unauthorized, "locked_out");

        // The login page refuses it too.
        using var browser = new PageSession(fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var page = await browser.SubmitAsync("/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("locked", await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_unknown_email_is_answered_and_locked_exactly_like_a_real_account()
    {
        var real = await fixture.App.NewSellerAsync("enum-real");
        var unknown = $"nobody-{Guid.NewGuid():N}@demo.test";
        using var client = fixture.Anonymous();
        foreach (var email in new[] { real, unknown })
        {
            var codes = new List<string?>();
            for (var i = 0; i < 6; i++)
            {
                using var response = await client.LoginAsync(email, "wrong-password");
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                codes.Add(await response.CodeAsync());
            }

            Assert.Equal(["unauthorized", "unauthorized", "unauthorized", "unauthorized", "locked_out", "locked_out"], codes);
        }
    }

    [Fact]
    public async Task An_unknown_email_takes_as_long_as_a_wrong_password()
    {
        var real = await fixture.App.NewSellerAsync("timing");
        using var client = fixture.Anonymous();
        using (var warm = await client.LoginAsync(real))
        {
            Assert.Equal(HttpStatusCode.OK, warm.StatusCode);
        }

        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            var clock = Stopwatch.StartNew();
            using (var wrong = await client.LoginAsync(real, "wrong-password"))
            {
                known.Add(clock.Elapsed.TotalMilliseconds);
                Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
            }

            using (await client.LoginAsync(real))
            {
                // Resets the failure count, so the account never locks during the measurement.
            }

            clock.Restart();
            using (var nobody = await client.LoginAsync($"nobody-{Guid.NewGuid():N}@demo.test", "wrong-password"))
            {
                unknown.Add(clock.Elapsed.TotalMilliseconds);
                Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
            }
        }

        var knownMedian = known.Order().ElementAt(known.Count / 2);
        var unknownMedian = unknown.Order().ElementAt(unknown.Count / 2);
        TestContext.Current.TestOutputHelper?.WriteLine($"median wrong password {knownMedian:0.0} ms, unknown email {unknownMedian:0.0} ms");
        Assert.InRange(unknownMedian / knownMedian, 0.6, 1.67);
    }

    [Fact]
    public async Task A_refresh_token_works_once_retires_the_old_access_token_and_its_reuse_revokes_the_family()
    {
        using var client = fixture.Anonymous();
        var first = await (await client.LoginAsync(DemoSeeder.SellerEmail)).TokensAsync();
        var second = await (await client.RefreshAsync(first.RefreshToken)).TokensAsync();
        Assert.NotEqual(first.RefreshToken, second.RefreshToken);
        Assert.Equal(HttpStatusCode.Unauthorized, await client.MeAsync(first.AccessToken));
        Assert.Equal(HttpStatusCode.OK, await client.MeAsync(second.AccessToken));

        // The spent token again: refused, and the whole family with it.
        await Problems.AssertAsync(await client.RefreshAsync(first.RefreshToken), HttpStatusCode.Unauthorized, "unauthorized");
        Assert.Equal(HttpStatusCode.Unauthorized, await client.MeAsync(second.AccessToken));
        await Problems.AssertAsync(await client.RefreshAsync(second.RefreshToken), HttpStatusCode.Unauthorized, "unauthorized");

        // Another sign-in of the same user is a family of its own and keeps working.
        var other = await (await client.LoginAsync(DemoSeeder.SellerEmail)).TokensAsync();
        Assert.Equal(HttpStatusCode.OK, await client.MeAsync(other.AccessToken));
    }

    [Fact]
    public async Task Api_logout_is_204_and_revokes_the_access_and_refresh_token()
    {
        using var client = fixture.Anonymous();
        var tokens = await (await client.LoginAsync(DemoSeeder.SellerEmail)).TokensAsync();
        using var logout = new HttpRequestMessage(HttpMethod.Post, "/api/auth/logout");
        logout.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", tokens.AccessToken);
        Assert.Equal(HttpStatusCode.NoContent, (await client.SendAsync(logout, TestContext.Current.CancellationToken)).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, await client.MeAsync(tokens.AccessToken));
        await Problems.AssertAsync(await client.RefreshAsync(tokens.RefreshToken), HttpStatusCode.Unauthorized, "unauthorized");
        await Problems.AssertAsync(await client.PostAsync("/api/auth/logout", null, TestContext.Current.CancellationToken), HttpStatusCode.Unauthorized, "unauthorized");
    }

    [Fact]
    public async Task A_cookie_saved_before_logout_is_refused_afterwards()
    {
        var cookies = new System.Net.CookieContainer();
        using var session = new PageSession(fixture.App.CreateDefaultClient(new CookieContainerHandler(cookies)));
        var signedIn = await session.SubmitAsync("/Login", new Dictionary<string, string> { ["Input.Email"] = DemoSeeder.SellerEmail, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        var saved = cookies.GetCookieHeader(fixture.App.Server.BaseAddress);
        Assert.Contains("fulfilment.auth=", saved);
        Assert.Equal(HttpStatusCode.OK, (await session.GetAsync("/Orders")).Status);

        var loggedOut = await session.SubmitAsync("/Orders", new Dictionary<string, string>(), formAction: "Logout");
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);

        using var replay = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Orders");
        request.Headers.Add("Cookie", saved);
        using var answer = await replay.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        Assert.StartsWith("/Login", answer.Headers.Location!.OriginalString);
    }
}
