namespace Fulfilment.IntegrationTests.Foundation;

public sealed class HomeAndTenancyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Health_and_openapi_answer()
    {
        var ct = TestContext.Current.CancellationToken;
        using var client = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz", ct)).StatusCode);
        var openApi = await client.GetAsync("/openapi/v1.json", ct);
        Assert.Equal(HttpStatusCode.OK, openApi.StatusCode);
        Assert.Contains("/api/auth/login", await openApi.Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task Pages_need_a_sign_in()
    {
        using var client = fixture.Anonymous();
        var response = await client.GetAsync("/", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task A_wrong_password_on_the_login_page_says_so_and_signs_nobody_in()
    {
        using var session = new PageSession(fixture.App.CreateClient(new() { AllowAutoRedirect = false }));
        var response = await session.SubmitAsync("/Login", new Dictionary<string, string> { ["Input.Email"] = DemoSeeder.SellerEmail, ["Input.Password"] = "nope-nope-nope" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("email or password is not right", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "nav-orders", "nav-channels")]
    [InlineData(DemoSeeder.WarehouseEmail, "nav-inbound", "nav-orders")]
    [InlineData(DemoSeeder.AdminEmail, "nav-channels", "nav-inbound")]
    public async Task Each_role_sees_its_own_home_and_only_its_own_areas(string email, string shown, string hidden)
    {
        using var session = await fixture.BrowserAs(email);
        var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.Status);
        Assert.NotNull(home.Document.QuerySelector($"[data-testid={shown}]"));
        Assert.Null(home.Document.QuerySelector($"[data-testid={hidden}]"));
    }

    [Fact]
    public async Task A_sellers_dashboard_counts_only_its_own_stores_orders()
    {
        using var first = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        using var second = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var firstHome = await first.GetAsync("/");
        var secondHome = await second.GetAsync("/");
        Assert.Equal(DemoOrders.DemoStoreCount.ToString(), firstHome.Document.QuerySelector("[data-testid=stat-awaiting]")!.TextContent.Trim());
        Assert.Equal(DemoOrders.SecondStoreCount.ToString(), secondHome.Document.QuerySelector("[data-testid=stat-awaiting]")!.TextContent.Trim());
        Assert.Equal(DemoSeeder.SecondStoreName, secondHome.Document.QuerySelector("[data-testid=store-name]")!.TextContent.Trim());
    }

    [Fact]
    public async Task Interleaved_requests_of_two_sellers_each_see_their_own_store_only()
    {
        // Two sellers interleave 120 concurrent requests (the app's caches, pools and prepared statements are shared by
        // all of them); each sees its own store's orders.
        var ct = TestContext.Current.CancellationToken;
        using var first = await fixture.SellerApi();
        using var second = await fixture.Seller2Api();
        var expected = new Dictionary<HttpClient, string>
        {
            [first] = DemoOrders.DemoStoreCount.ToString(CultureInfo.InvariantCulture),
            [second] = DemoOrders.SecondStoreCount.ToString(CultureInfo.InvariantCulture),
        };
        var answers = await Task.WhenAll(Enumerable.Range(0, 120).Select(async i =>
        {
            var client = i % 2 == 0 ? first : second;
            using var json = JsonDocument.Parse(await client.GetStringAsync("/api/orders?status=AwaitingShipment&pageSize=1", ct));
            return (client, total: json.RootElement.GetProperty("total").GetRawText());
        }));
        Assert.All(answers, a => Assert.Equal(expected[a.client], a.total));
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        using var session = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var home = await session.GetAsync("/");
        var action = home.Document.QuerySelector("[data-testid=logout]")!.Closest("form")!.GetAttribute("action")!;
        var signedOut = await session.PostAsync(action, new Dictionary<string, string>(), home.Token);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        var after = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.Status);
        Assert.Contains("/Login", after.Location);
    }

    [Fact]
    public async Task The_chinese_ui_is_chosen_by_the_switch_and_remembered()
    {
        using var session = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var home = await session.GetAsync("/");
        var switched = await session.PostAsync("/Account/Culture", new Dictionary<string, string> { ["culture"] = "zh-CN", ["returnUrl"] = "/" }, home.Token);
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var chinese = await session.GetAsync("/");
        Assert.Equal("zh-CN", chinese.Document.DocumentElement.GetAttribute("lang"));
    }
}
