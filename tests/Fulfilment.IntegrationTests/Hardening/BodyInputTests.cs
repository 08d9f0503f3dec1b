namespace Fulfilment.IntegrationTests.Hardening;

/// <summary>
/// JSON bodies a client can send that once answered 500 or were stored as sent: money that is not a number, text
/// holding NUL, enums given by number, dates from year 1. Each is a 400 naming the field, and nothing changes.
/// </summary>
public sealed class BodyInputTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 500m);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"1e5\"")]
    [InlineData("\"\"")]
    [InlineData("\"99999999999999999999999999999999\"")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("\"10\"")]
    [InlineData("\"1,000\"")]
    [InlineData("true")]
    public async Task A_top_up_amount_that_is_not_a_json_number_is_refused_and_adds_nothing(string amount)
    {
        using var api = await fixture.SellerApi();
        var store = await fixture.App.StoreIdAsync();
        var before = await fixture.App.MoneyAsync(store);

        await Raw.AssertFieldAsync(await api.PostRaw("/api/freight-account/top-ups", $"{{\"amount\":{amount}}}"), "amount");

        Assert.Equal(before, await fixture.App.MoneyAsync(store));
    }

    [Fact]
    public async Task A_unit_price_that_is_not_a_number_names_its_line_and_stores_no_order()
    {
        using var api = await fixture.SellerApi();

        await Raw.AssertFieldAsync(await api.PostRaw("/api/orders", Raw.Order("HARD-PRICE-1", "lines[0].unitPrice", "\"abc\"")), "lines[0].unitPrice");

        await using var db = fixture.App.Db();
        Assert.False(await db.Orders.AnyAsync(o => o.OrderNumber == "HARD-PRICE-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_declared_value_that_is_not_a_number_is_named_and_nothing_is_shipped_or_charged()
    {
        using var api = await fixture.SellerApi();
        var store = await fixture.App.StoreIdAsync();
        var order = await fixture.App.FreshOrderAsync();
        var body = Shipments.Body(order.BuyerChannelCode);
        body["parcel"]!["declaredValue"] = "x";
        var before = await fixture.App.MoneyAsync(store);

        await Raw.AssertFieldAsync(await api.ShipAsync(order.OrderNumber, body), "parcel.declaredValue");

        Assert.Equal(before, await fixture.App.MoneyAsync(store));
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_channel_return_fee_that_is_not_a_number_is_named_and_no_channel_is_created()
    {
        using var admin = await fixture.AdminApi();

        await Raw.AssertFieldAsync(await admin.PostRaw("/api/admin/channels", "{\"code\":\"HARD_FEE\",\"returnServiceFee\":\"abc\"}"), "returnServiceFee");

        await using var db = fixture.App.Db();
        Assert.False(await db.Channels.AnyAsync(c => c.Code == "HARD_FEE", TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData("buyerName")]
    [InlineData("orderNumber")]
    [InlineData("recipient.line1")]
    [InlineData("lines[0].title")]
    public async Task Text_holding_nul_in_an_order_is_named_and_stores_nothing(string field)
    {
        using var api = await fixture.SellerApi();
        await using var db = fixture.App.Db();
        var before = await db.Orders.CountAsync(TestContext.Current.CancellationToken);

        await Raw.AssertFieldAsync(await api.PostRaw("/api/orders", Raw.Order("HARD-NUL-1", field, "\"a\\u0000b\"")), field);

        Assert.Equal(before, await db.Orders.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Text_holding_nul_in_a_channel_or_a_warehouse_is_named_and_stores_nothing()
    {
        using var admin = await fixture.AdminApi();

        await Raw.AssertFieldAsync(await admin.PostRaw("/api/admin/channels", "{\"code\":\"HARD_NUL\",\"name\":\"Bad\\u0000Name\"}"), "name");
        await Raw.AssertFieldAsync(await admin.PostRaw("/api/admin/warehouses", "{\"code\":\"HARD-NUL\",\"name\":\"Bad\\u0000Name\",\"kind\":\"Transit\"}"), "name");
        await Raw.AssertFieldAsync(await admin.PostRaw("/api/admin/warehouses", "{\"code\":\"HARD-NUL\",\"serviceArea\":{\"cities\":[\"Hangzhou\",\"x\\u0000\"]}}"), "serviceArea.cities[1]");

        await using var db = fixture.App.Db();
        Assert.False(await db.Channels.AnyAsync(c => c.Code == "HARD_NUL", TestContext.Current.CancellationToken));
        Assert.False(await db.Warehouses.AnyAsync(w => w.Code == "HARD-NUL", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Sign_in_with_nul_in_the_email_is_a_field_error_not_a_500()
    {
        using var client = fixture.Anonymous();

        await Raw.AssertFieldAsync(await client.PostRaw("/api/auth/login", "{\"email\":\"seller@demo.test\\u0000\",\"password\":\"x\"}"), "email");
    }

    [Fact]
    public async Task A_lone_surrogate_in_text_is_a_field_error_not_a_500()
    {
        using var api = await fixture.SellerApi();
        var body = Raw.Order("HARD-SURROGATE-1", "buyerName", "\"PLACEHOLDER\"").Replace("PLACEHOLDER", "\\ud800", StringComparison.Ordinal);

        await Raw.AssertFieldAsync(await api.PostRaw("/api/orders", body), "buyerName");
    }

    [Theory]
    [InlineData("7")]
    [InlineData("1")]
    [InlineData("\"1\"")]
    [InlineData("\"Alipay,BankCard\"")]
    public async Task A_payment_method_given_by_number_is_refused_and_the_account_keeps_its_method(string method)
    {
        using var api = await fixture.SellerApi();
        var before = await (await api.GetAsync("/api/freight-account", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);

        var problem = await Raw.AssertFieldAsync(
            await api.SendRaw(HttpMethod.Put, "/api/freight-account", $"{{\"method\":{method},\"holderName\":\"Li Wei\",\"accountNumber\":\"6222020200112334821\"}}"), "method");

        Assert.Contains("Alipay", problem.GetProperty("errors").GetProperty("method")[0].GetString(), StringComparison.Ordinal);
        var after = await (await api.GetAsync("/api/freight-account", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(before.GetProperty("method").GetString(), after.GetProperty("method").GetString());
        Assert.Equal(before.GetProperty("accountMasked").GetString(), after.GetProperty("accountMasked").GetString());
    }

    [Fact]
    public async Task A_payment_method_by_name_in_any_case_still_binds()
    {
        using var api = await fixture.SellerApi();

        var bound = await (await api.SendRaw(HttpMethod.Put, "/api/freight-account", "{\"method\":\"alipay\",\"holderName\":\"Li Wei\",\"accountNumber\":\"13800138000\"}")).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Alipay", bound.GetProperty("method").GetString());
    }

    [Theory]
    [InlineData("placedAt", "\"0001-01-01T00:00:00Z\"")]
    [InlineData("placedAt", "\"1999-12-31T23:59:59Z\"")]
    [InlineData("placedAt", "\"2999-01-01T00:00:00Z\"")]
    [InlineData("placedAt", "\"0001-01-01T00:00:00+01:00\"")]
    [InlineData("shipBy", "\"9999-12-31T23:59:59Z\"")]
    public async Task Order_dates_outside_a_sensible_range_are_refused(string field, string json)
    {
        using var api = await fixture.SellerApi();
        var number = $"HARD-DATE-{Math.Abs(json.GetHashCode(StringComparison.Ordinal)) % 100000}";

        await Raw.AssertFieldAsync(await api.PostRaw("/api/orders", Raw.Order(number, field, json)), field);

        await using var db = fixture.App.Db();
        Assert.False(await db.Orders.AnyAsync(o => o.OrderNumber == number, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_created_order_answers_the_times_every_later_read_shows()
    {
        using var api = await fixture.SellerApi();
        var body = JsonNode.Parse(Raw.Order("HARD-TIME-1"))!.AsObject();
        body["placedAt"] = "2026-11-20T10:30:00.1234567+08:00";
        body["shipBy"] = "2026-11-27T23:59:59.9999999Z";

        var created = await (await api.PostRaw("/api/orders", body.ToJsonString())).JsonAsync(HttpStatusCode.Created);
        var read = await (await api.GetAsync("/api/orders/HARD-TIME-1", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("2026-11-20T02:30:00.123456+00:00", created.GetProperty("placedAt").GetString());
        Assert.Equal(read.GetProperty("placedAt").GetString(), created.GetProperty("placedAt").GetString());
        Assert.Equal(read.GetProperty("shipBy").GetString(), created.GetProperty("shipBy").GetString());
        Assert.Equal(read.GetProperty("timeline")[0].GetProperty("at").GetString(), created.GetProperty("timeline")[0].GetProperty("at").GetString());
    }

    [Fact]
    public async Task Binding_and_shipping_answer_the_times_every_later_read_shows()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var bound = await (await api.SendRaw(HttpMethod.Put, "/api/freight-account", "{\"method\":\"Alipay\",\"holderName\":\"Li Wei\",\"accountNumber\":\"13800138000\"}")).JsonAsync(HttpStatusCode.OK);
        var account = await (await api.GetAsync("/api/freight-account", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(account.GetProperty("boundAt").GetString(), bound.GetProperty("boundAt").GetString());

        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var parcel = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(order.BuyerChannelCode))).JsonAsync(HttpStatusCode.Created);
        var later = await (await api.GetAsync($"/api/logistics-orders/{parcel.GetProperty("id").GetInt64()}", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(later.GetProperty("createdAt").GetString(), parcel.GetProperty("createdAt").GetString());
    }
}
