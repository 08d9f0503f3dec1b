namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>The seller's pages and API are for sellers only: warehouse staff and admins get 403 (API) or the access-denied page.</summary>
public sealed class SellerAccessTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    public static TheoryData<string, string, string> Endpoints => new()
    {
        { DemoSeeder.AdminEmail, "GET", "/api/orders" },
        { DemoSeeder.AdminEmail, "GET", "/api/freight-account" },
        { DemoSeeder.AdminEmail, "POST", "/api/freight-account/top-ups" },
        { DemoSeeder.AdminEmail, "GET", "/api/logistics-orders" },
        { DemoSeeder.AdminEmail, "POST", "/api/labels" },
        { DemoSeeder.AdminEmail, "GET", "/api/sender-addresses" },
        { DemoSeeder.WarehouseEmail, "POST", "/api/orders" },
        { DemoSeeder.WarehouseEmail, "PUT", "/api/freight-account" },
        { DemoSeeder.WarehouseEmail, "GET", "/api/freight-account/ledger" },
        { DemoSeeder.WarehouseEmail, "GET", "/api/logistics-orders/1/label" },
        { DemoSeeder.WarehouseEmail, "POST", "/api/orders/81231000000/logistics-orders" },
    };

    [Theory]
    [MemberData(nameof(Endpoints))]
    public async Task Other_roles_are_forbidden_the_seller_api(string email, string method, string path)
    {
        using var api = await fixture.ApiAs(email);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "GET" ? null : JsonContent.Create(new { amount = 10 }) };
        await Problems.AssertAsync(await api.SendAsync(request, TestContext.Current.CancellationToken), HttpStatusCode.Forbidden, "forbidden");
    }

    [Theory]
    [InlineData(DemoSeeder.AdminEmail, "/Orders")]
    [InlineData(DemoSeeder.AdminEmail, "/FreightAccount")]
    [InlineData(DemoSeeder.AdminEmail, "/Packages")]
    [InlineData(DemoSeeder.WarehouseEmail, "/Orders/Import")]
    [InlineData(DemoSeeder.WarehouseEmail, "/Shipping/81231000000/Channel")]
    [InlineData(DemoSeeder.WarehouseEmail, "/SenderAddresses")]
    public async Task Other_roles_are_sent_to_access_denied(string email, string path)
    {
        using var browser = await fixture.BrowserAs(email);
        var page = await browser.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, page.Status);
        Assert.Contains("/AccessDenied", page.Location, StringComparison.Ordinal);
    }
}
