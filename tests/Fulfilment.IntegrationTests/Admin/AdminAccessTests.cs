namespace Fulfilment.IntegrationTests.Admin;

/// <summary>The admin console is for admins only: sellers and warehouse staff get 403 (API) or the access-denied page.</summary>
public sealed class AdminAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { DemoSeeder.SellerEmail, "GET", "/api/admin/channels" },
        { DemoSeeder.SellerEmail, "POST", "/api/admin/channels" },
        { DemoSeeder.SellerEmail, "PUT", "/api/admin/channels/CAINIAO_STANDARD" },
        { DemoSeeder.SellerEmail, "GET", "/api/admin/warehouses" },
        { DemoSeeder.SellerEmail, "POST", "/api/admin/users" },
        { DemoSeeder.WarehouseEmail, "GET", "/api/admin/channels/CAINIAO_STANDARD" },
        { DemoSeeder.WarehouseEmail, "POST", "/api/admin/warehouses" },
        { DemoSeeder.WarehouseEmail, "PUT", "/api/admin/warehouses/HZ-COLLECT" },
        { DemoSeeder.WarehouseEmail, "GET", "/api/admin/users" },
        { DemoSeeder.WarehouseEmail, "POST", $"/api/admin/users/{Guid.Empty}/disable" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Other_roles_are_forbidden_the_admin_api(string email, string method, string path)
    {
        using var api = await fixture.ApiAs(email);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { code = "X" }) };
        await Problems.AssertAsync(await api.SendAsync(request, TestContext.Current.CancellationToken), HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/Admin/Channels")]
    [InlineData(DemoSeeder.SellerEmail, "/Admin/Users")]
    [InlineData(DemoSeeder.WarehouseEmail, "/Admin/Channels/Edit/CAINIAO_STANDARD")]
    [InlineData(DemoSeeder.WarehouseEmail, "/Admin/Warehouses")]
    [InlineData(DemoSeeder.WarehouseEmail, "/Admin/Warehouses/Edit")]
    public async Task Other_roles_are_sent_to_access_denied(string email, string path)
    {
        using var browser = await fixture.BrowserAs(email);
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/AccessDenied", page.Location);
    }

    [Theory]
    [InlineData("/Admin/Channels")]
    [InlineData("/Admin/Channels/Edit")]
    [InlineData("/Admin/Channels/Edit/CAINIAO_STANDARD")]
    [InlineData("/Admin/Warehouses")]
    [InlineData("/Admin/Warehouses/Edit")]
    [InlineData("/Admin/Warehouses/Edit/HZ-COLLECT")]
    [InlineData("/Admin/Users")]
    [InlineData("/Admin/Users?role=Seller&q=demo")]
    public async Task Admins_open_every_page_of_their_console(string path)
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("h1"));
    }

    [Fact]
    public async Task An_unknown_channel_or_warehouse_page_is_not_found()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Admin/Channels/Edit/NOPE")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Admin/Warehouses/Edit/NOPE")).Status);
    }
}
