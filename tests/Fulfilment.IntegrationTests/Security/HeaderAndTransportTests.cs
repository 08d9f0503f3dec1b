namespace Fulfilment.IntegrationTests.Security;

/// <summary>Behind a TLS-terminating proxy: forwarded headers trusted, HSTS sent, cookies Secure.</summary>
public sealed class BehindTlsProxyFixture(PostgresServer server) : ConfiguredAppFixture(server, new Dictionary<string, string?>
{
    ["Security:Transport:ForwardedHeaders"] = "true",
    ["Security:Transport:Hsts"] = "true",
});

/// <summary>
/// Headers on every answer and what the transport leaks. ASVS 5.0: V3.4.1 (HSTS), V3.4.3 (CSP), V3.4.6 (frame-ancestors),
/// V3.4.4 (nosniff), V3.4.5 (Referrer-Policy), V3.3.1 (Secure cookies), V14.3.2 (no caching of private answers),
/// V3.5.1 (CSRF on every state-changing form), V5.2.1 (upload size); and no Host header trust.
/// </summary>
public sealed class HeaderAndTransportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData("/Login")]
    [InlineData("/Orders")]
    [InlineData("/api/me")]
    [InlineData("/api/no-such-thing")]
    [InlineData("/css/site.css")]
    [InlineData("/healthz")]
    [InlineData("/openapi/v1.json")]
    public async Task Every_answer_carries_the_security_headers(string path)
    {
        using var client = path.StartsWith("/api/", StringComparison.Ordinal) ? await fixture.SellerApi() : fixture.Anonymous();
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        var headers = response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase);
        foreach (var h in response.Content.Headers)
        {
            headers[h.Key] = string.Join(", ", h.Value);
        }

        var csp = headers.GetValueOrDefault("Content-Security-Policy") ?? "";
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Equal("nosniff", headers.GetValueOrDefault("X-Content-Type-Options"));
        Assert.Equal("DENY", headers.GetValueOrDefault("X-Frame-Options"));
        Assert.Equal("strict-origin-when-cross-origin", headers.GetValueOrDefault("Referrer-Policy"));
        Assert.Contains("camera=()", headers.GetValueOrDefault("Permissions-Policy") ?? "");
    }

    [Fact]
    public async Task Authenticated_api_answers_and_tokens_are_never_cached()
    {
        using var api = await fixture.SellerApi();
        using var me = await api.GetAsync("/api/freight-account", TestContext.Current.CancellationToken);
        Assert.True(me.Headers.CacheControl?.NoStore, "GET /api/freight-account without Cache-Control: no-store");
        using var client = fixture.Anonymous();
        using var login = await client.LoginAsync(DemoSeeder.SellerEmail);
        Assert.True(login.Headers.CacheControl?.NoStore, "the token answer without Cache-Control: no-store");
    }

    [Fact]
    public async Task A_forged_host_header_is_never_echoed_in_a_redirect_or_the_api_description()
    {
        using var client = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Orders");
        request.Headers.Host = "evil.example";
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("evil.example", response.Headers.Location!.OriginalString);
        Assert.StartsWith("/Login", response.Headers.Location.OriginalString);

        using var docs = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        docs.Headers.Host = "evil.example";
        using var document = await client.SendAsync(docs, TestContext.Current.CancellationToken);
        Assert.DoesNotContain("evil.example", await document.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Over_https_every_cookie_is_secure()
    {
        using var client = fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost"), HandleCookies = false });
        using var loginPage = await client.GetAsync("/Login", TestContext.Current.CancellationToken);
        var antiforgery = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.Contains(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        using var session = new PageSession(fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost") }));
        var signedIn = await session.SubmitAsync("/Login", new Dictionary<string, string> { ["Input.Email"] = DemoSeeder.SellerEmail, ["Input.Password"] = DemoSeeder.Password });
        var auth = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("fulfilment.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", auth, StringComparison.OrdinalIgnoreCase);

        var culture = await session.SubmitAsync("/Orders", new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/Orders" }, formAction: "Culture");
        Assert.Equal(HttpStatusCode.Redirect, culture.StatusCode);
        Assert.Contains("secure", culture.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_language_switch_refuses_a_post_without_an_antiforgery_token()
    {
        using var client = fixture.Anonymous();
        using var forged = await client.PostAsync("/Account/Culture", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/" }), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.False(forged.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal)));

        // With the token the page puts in the form, it works.
        using var session = new PageSession(fixture.App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        var switched = await session.SubmitAsync("/Login", new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/Login" }, formAction: "Culture");
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
    }

    [Fact]
    public async Task The_import_preview_refuses_a_file_over_2_MB_without_echoing_it()
    {
        using var session = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var marker = "ECHO-MARKER-" + Guid.NewGuid().ToString("N");
        var file = Encoding.UTF8.GetBytes(marker + "," + new string('x', (2 * 1024 * 1024) + 10));
        using var response = await session.UploadAsync("/Orders/Import", "Preview", "Upload", "big.csv", file);
        var page = await response.PageAsync();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("larger than 2 MB", page.Text);
        Assert.True(page.Html.Length < 200_000, $"the answer is {page.Html.Length} characters");
        Assert.DoesNotContain(Convert.ToBase64String(Encoding.UTF8.GetBytes(marker + ",xxx"))[..20], page.Html);
    }
}

public sealed class BehindTlsProxyTests(BehindTlsProxyFixture fixture) : IClassFixture<BehindTlsProxyFixture>
{
    [Fact]
    public async Task Forwarded_https_gives_hsts_and_secure_cookies()
    {
        using var client = fixture.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/Login");
        request.Headers.Host = "fulfilment.example";
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.TryGetValues("Strict-Transport-Security", out var hsts), "no HSTS behind a TLS proxy");
        Assert.Contains("max-age=", hsts!.Single());
        var antiforgery = response.Headers.GetValues("Set-Cookie").Single(c => c.Contains(".AspNetCore.Antiforgery", StringComparison.Ordinal));
        Assert.Contains("secure", antiforgery, StringComparison.OrdinalIgnoreCase);

        // Plain HTTP without the proxy's header: no HSTS (it would mean nothing there).
        using var plain = new HttpRequestMessage(HttpMethod.Get, "/Login");
        plain.Headers.Host = "fulfilment.example";
        using var direct = await client.SendAsync(plain, TestContext.Current.CancellationToken);
        Assert.False(direct.Headers.Contains("Strict-Transport-Security"));
    }
}
