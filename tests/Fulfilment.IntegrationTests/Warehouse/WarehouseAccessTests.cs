namespace Fulfilment.IntegrationTests.Warehouse;

/// <summary>The warehouse console is for warehouse staff only: sellers and admins get 403 (API) or the access-denied page.</summary>
public sealed class WarehouseAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { DemoSeeder.SellerEmail, "GET", "/api/warehouse/pickup-requests" },
        { DemoSeeder.SellerEmail, "POST", "/api/warehouse/pickup-requests/1/accept" },
        { DemoSeeder.SellerEmail, "POST", "/api/warehouse/pickup-requests/1/reject" },
        { DemoSeeder.SellerEmail, "POST", "/api/warehouse/inbound" },
        { DemoSeeder.AdminEmail, "GET", "/api/warehouse/pickup-requests" },
        { DemoSeeder.AdminEmail, "POST", "/api/warehouse/inbound" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Other_roles_are_forbidden_the_warehouse_api(string email, string method, string path)
    {
        using var api = await fixture.ApiAs(email);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { reason = "x", waybillNumber = "x", measuredWeightGrams = 1 }) : null };
        await Problems.AssertAsync(await api.SendAsync(request, TestContext.Current.CancellationToken), HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/Warehouse")]
    [InlineData(DemoSeeder.SellerEmail, "/Warehouse/Pickups")]
    [InlineData(DemoSeeder.SellerEmail, "/Warehouse/Pickups/Sheet")]
    [InlineData(DemoSeeder.AdminEmail, "/Warehouse/Inbound")]
    public async Task Other_roles_are_sent_to_access_denied(string email, string path)
    {
        using var browser = await fixture.BrowserAs(email);
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/AccessDenied", page.Location);
    }

    [Theory]
    [InlineData("/Warehouse")]
    [InlineData("/Warehouse/Pickups")]
    [InlineData("/Warehouse/Pickups?status=Rejected")]
    [InlineData("/Warehouse/Pickups/Sheet")]
    [InlineData("/Warehouse/Inbound")]
    public async Task Staff_open_every_page_of_their_console(string path)
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.WarehouseEmail);
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("h1, .sheet-title"));
    }
}
