namespace Fulfilment.IntegrationTests.Security;

/// <summary>Tight sign-in budget per client address (every test request comes from the same address).</summary>
public sealed class TightAddressLimitFixture(PostgresServer server) : ConfiguredAppFixture(server, new Dictionary<string, string?>
{
    ["Security:RateLimits:SignInPerAddress:PermitLimit"] = "10",
    ["Security:RateLimits:SignInPerAddress:WindowSeconds"] = "300",
});

/// <summary>Tight budgets per account and per token, a generous one per address.</summary>
public sealed class TightAccountLimitFixture(PostgresServer server) : ConfiguredAppFixture(server, new Dictionary<string, string?>
{
    ["Security:RateLimits:SignInPerAccount:PermitLimit"] = "3",
    ["Security:RateLimits:SignInPerAccount:WindowSeconds"] = "300",
    ["Security:RateLimits:ApiPerToken:PermitLimit"] = "5",
    ["Security:RateLimits:ApiPerToken:WindowSeconds"] = "300",
});

/// <summary>ASVS 5.0 V2.4.1 / V6.3.1: anti-automation on sign-in and the API; 429 <c>rate_limited</c> with Retry-After.</summary>
public sealed class AddressRateLimitTests(TightAddressLimitFixture fixture) : IClassFixture<TightAddressLimitFixture>
{
    [Fact]
    public async Task Two_hundred_parallel_sign_ins_from_one_address_are_cut_to_the_budget_with_429_and_retry_after()
    {
        using var client = fixture.Anonymous();
        var answers = await Task.WhenAll(Enumerable.Range(0, 200).Select(async i =>
        {
            using var response = await client.LoginAsync($"someone-{i}@demo.test", "wrong-password");
            return (response.StatusCode, await response.CodeAsync(), response.Headers.RetryAfter?.Delta);
        }));
        var processed = answers.Count(a => a.StatusCode == HttpStatusCode.Unauthorized);
        var limited = answers.Where(a => a.StatusCode == HttpStatusCode.TooManyRequests).ToList();
        TestContext.Current.TestOutputHelper?.WriteLine($"200 parallel logins: {processed} processed, {limited.Count} x 429");
        Assert.Equal(10, processed);
        Assert.Equal(190, limited.Count);
        Assert.All(limited, a =>
        {
            Assert.Equal("rate_limited", a.Item2);
            Assert.NotNull(a.Delta);
            Assert.InRange(a.Delta!.Value.TotalSeconds, 1, 300);
        });

        // The login page (same budget) says so in words, with the same status and header.
        using var browser = new PageSession(fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var page = await browser.SubmitAsync("/Login", new Dictionary<string, string> { ["Input.Email"] = DemoSeeder.SellerEmail, ["Input.Password"] = DemoSeeder.Password });
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.NotNull(page.Headers.RetryAfter);
        var shown = await page.PageAsync();
        Assert.Contains("Too many sign-in attempts", shown.Text);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await client.RefreshAsync("whatever")).StatusCode);
    }
}

public sealed class AccountRateLimitTests(TightAccountLimitFixture fixture) : IClassFixture<TightAccountLimitFixture>
{
    [Fact]
    public async Task The_api_description_documents_429_with_retry_after_on_every_operation_and_the_budgets()
    {
        using var client = fixture.Anonymous();
        var document = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken)).RootElement;
        Assert.Contains("per instance", document.GetProperty("info").GetProperty("description").GetString(), StringComparison.OrdinalIgnoreCase);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var tooMany = operation.Value.GetProperty("responses").GetProperty("429");
                Assert.True(tooMany.GetProperty("headers").TryGetProperty("Retry-After", out _), $"{operation.Name} {path.Name}");
                Assert.Contains("rate_limited", tooMany.GetProperty("description").GetString());
            }
        }
    }

    [Fact]
    public async Task Sign_ins_for_one_account_are_limited_whatever_the_address()
    {
        using var client = fixture.Anonymous();
        var email = await fixture.App.NewSellerAsync("account-limit");
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(email)).StatusCode);
        }

        using var fourth = await client.LoginAsync(email);
        await Problems.AssertAsync(fourth, HttpStatusCode.TooManyRequests, "rate_limited");
        Assert.NotNull(fourth.Headers.RetryAfter);

        // Another account is not held up.
        Assert.Equal(HttpStatusCode.OK, (await client.LoginAsync(DemoSeeder.Seller2Email)).StatusCode);
    }

    [Fact]
    public async Task A_token_has_a_request_budget()
    {
        using var client = fixture.Anonymous();
        var tokens = await (await client.LoginAsync(DemoSeeder.WarehouseEmail)).TokensAsync();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 7; i++)
        {
            statuses.Add(await client.MeAsync(tokens.AccessToken));
        }

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
    }
}
