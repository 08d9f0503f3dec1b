namespace Fulfilment.IntegrationTests.Hardening;

/// <summary>
/// The wrong method, the wrong content type, or no body at all: 405, 415 and 400 with the contract's codes, never the
/// 404 the catch-all route once answered, and nothing changes.
/// </summary>
public sealed class ProtocolTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "PUT", "/api/orders", "GET, POST")]
    [InlineData(DemoSeeder.SellerEmail, "DELETE", "/api/orders", "GET, POST")]
    [InlineData(DemoSeeder.SellerEmail, "DELETE", "/api/freight-account", "GET, PUT")]
    [InlineData(DemoSeeder.SellerEmail, "GET", "/api/freight-account/top-ups", "POST")]
    [InlineData(DemoSeeder.WarehouseEmail, "GET", "/api/warehouse/pickup-requests/1/reject", "POST")]
    [InlineData(DemoSeeder.AdminEmail, "DELETE", "/api/admin/channels/CAINIAO_STANDARD", "GET, PUT")]
    public async Task Another_method_on_a_known_path_is_405_with_the_methods_it_allows(string email, string method, string url, string allowed)
    {
        using var api = await fixture.ApiAs(email);

        var response = await api.SendRaw(new HttpMethod(method), url, method is "GET" or "DELETE" ? null : "{}");

        var problem = await Problems.AssertAsync(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        Assert.Equal(allowed.Split(", ").Order(), response.Content.Headers.Allow.Order());
        Assert.Contains(method, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/x-www-form-urlencoded", "orderNumber=HARD-FORM-1")]
    [InlineData("text/plain", "{\"orderNumber\":\"HARD-FORM-1\"}")]
    [InlineData("application/xml", "<order/>")]
    public async Task A_body_that_is_not_json_is_415_and_stores_nothing(string contentType, string body)
    {
        using var api = await fixture.SellerApi();

        await Problems.AssertAsync(await api.PostRaw("/api/orders", body, contentType), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");

        await using var db = fixture.App.Db();
        Assert.False(await db.Orders.AnyAsync(o => o.OrderNumber == "HARD-FORM-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_top_up_as_a_form_is_415_and_adds_nothing()
    {
        using var api = await fixture.SellerApi();
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 10m);
        var before = await fixture.App.MoneyAsync(store);

        await Problems.AssertAsync(await api.PostRaw("/api/freight-account/top-ups", "amount=10", "application/x-www-form-urlencoded"), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");

        Assert.Equal(before, await fixture.App.MoneyAsync(store));
    }

    [Fact]
    public async Task A_path_no_endpoint_has_is_still_404()
    {
        using var api = await fixture.SellerApi();

        var problem = await Problems.AssertAsync(await api.GetAsync("/api/no-such-thing", TestContext.Current.CancellationToken), HttpStatusCode.NotFound, "not_found");

        Assert.Equal("No such API endpoint.", problem.GetProperty("detail").GetString());
        await Problems.AssertAsync(await fixture.Anonymous().PostRaw("/api/orders/X/nothing-here", "{}"), HttpStatusCode.NotFound, "not_found");
    }

    // Every endpoint that reads a JSON body, sent none (no content type either, as curl -X POST does), with an empty
    // JSON body, or with the JSON null: 400 validation_failed naming what is required, never a framework message.
    public static TheoryData<string, string, string, string> BodyEndpoints() => new()
    {
        { DemoSeeder.SellerEmail, "PUT", "/api/freight-account", "method" },
        { DemoSeeder.SellerEmail, "POST", "/api/freight-account/top-ups", "amount" },
        { DemoSeeder.SellerEmail, "POST", "/api/orders", "orderNumber" },
        { DemoSeeder.SellerEmail, "POST", "/api/sender-addresses", "name" },
        { DemoSeeder.SellerEmail, "POST", "/api/orders/NO-SUCH-ORDER/logistics-orders", "channelCode" },
        { DemoSeeder.SellerEmail, "POST", "/api/orders/NO-SUCH-ORDER/shipping-notices", "waybillNumbers" },
        { DemoSeeder.SellerEmail, "POST", "/api/labels", "logisticsOrderIds" },
        { DemoSeeder.WarehouseEmail, "POST", "/api/warehouse/pickup-requests/1/reject", "reason" },
        { DemoSeeder.WarehouseEmail, "POST", "/api/warehouse/inbound", "waybillNumber" },
        { DemoSeeder.AdminEmail, "POST", "/api/admin/channels", "code" },
        { DemoSeeder.AdminEmail, "PUT", "/api/admin/channels/CAINIAO_STANDARD", "name" },
        { DemoSeeder.AdminEmail, "POST", "/api/admin/warehouses", "code" },
        { DemoSeeder.AdminEmail, "POST", "/api/admin/users", "email" },
        { "", "POST", "/api/auth/login", "email" },
        { "", "POST", "/api/auth/refresh", "refreshToken" },
    };

    [Theory]
    [MemberData(nameof(BodyEndpoints))]
    public async Task A_missing_empty_or_null_body_is_400_naming_the_required_fields(string email, string method, string url, string field)
    {
        using var api = email.Length == 0 ? fixture.Anonymous() : await fixture.ApiAs(email);
        await using var db = fixture.App.Db();
        var orders = await db.Orders.CountAsync(TestContext.Current.CancellationToken);

        foreach (var (body, contentType) in new (string?, string?)[] { (null, null), ("", "application/json"), ("null", "application/json"), (" null\n", "application/json") })
        {
            var problem = await Raw.AssertFieldAsync(await api.SendRaw(new HttpMethod(method), url, body, contentType), field);
            Assert.DoesNotContain("Implicit body", problem.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("parameter", problem.GetProperty("detail").GetString(), StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(orders, await db.Orders.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sign_in_without_a_body_is_400_not_401()
    {
        using var client = fixture.Anonymous();

        var problem = await Raw.AssertFieldAsync(await client.PostRaw("/api/auth/login", null, null), "email");

        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task A_body_that_is_not_an_object_names_the_body()
    {
        using var api = await fixture.SellerApi();

        await Raw.AssertFieldAsync(await api.PostRaw("/api/orders", "[1,2]"), "body");
        await Problems.AssertAsync(await api.PostRaw("/api/orders", "{\"orderNumber\":"), HttpStatusCode.BadRequest, "validation_failed");
    }
}
