namespace Fulfilment.IntegrationTests.Orders;

public sealed class OrderApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_new_order_answers_201_with_its_lines_and_its_arrival_on_the_timeline()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var response = await api.PostJson("/api/orders", OrderJson.Order("API-1001", lines: [OrderJson.Line("A-1", 3), OrderJson.Line("B-2", 1, 12.5m, 300)]));
        var created = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal("/api/orders/API-1001", response.Headers.Location!.ToString());
        Assert.Equal("AwaitingShipment", created.GetProperty("status").GetString());

        var order = await (await api.GetAsync("/api/orders/API-1001", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Emily Johnson", order.GetProperty("buyerName").GetString());
        Assert.Equal("US", order.GetProperty("destinationCountry").GetString());
        Assert.Equal("CAINIAO_STANDARD", order.GetProperty("buyerChannelCode").GetString());
        var lines = order.GetProperty("lines").EnumerateArray().ToList();
        Assert.Equal(["A-1", "B-2"], lines.Select(l => l.GetProperty("sku").GetString()));
        Assert.Equal(3, lines[0].GetProperty("quantity").GetInt32());
        Assert.Equal(0, lines[0].GetProperty("shippedQuantity").GetInt32());
        Assert.Equal(3, lines[0].GetProperty("remainingQuantity").GetInt32());
        Assert.Equal(0, order.GetProperty("logisticsOrders").GetArrayLength());
        var step = Assert.Single(order.GetProperty("timeline").EnumerateArray());
        Assert.Equal("OrderImported", step.GetProperty("kind").GetString());
        Assert.Equal("api", step.GetProperty("data").GetProperty("source").GetString());
        Assert.False(order.TryGetProperty("events", out _));
    }

    [Fact]
    public async Task A_known_order_number_is_a_duplicate_and_stored_once()
    {
        using var api = await fixture.SellerApi();
        (await api.PostJson("/api/orders", OrderJson.Order("API-DUP-1"))).EnsureSuccessStatusCode();
        await Problems.AssertAsync(await api.PostJson("/api/orders", OrderJson.Order("API-DUP-1", buyer: "Someone Else")), HttpStatusCode.Conflict, "duplicate");

        // The demo store's own seeded order numbers are known too.
        await using var db = fixture.App.Db();
        var storeId = await fixture.App.StoreIdAsync();
        var seeded = await db.Orders.Where(o => o.StoreId == storeId).Select(o => o.OrderNumber).FirstAsync(TestContext.Current.CancellationToken);
        await Problems.AssertAsync(await api.PostJson("/api/orders", OrderJson.Order(seeded)), HttpStatusCode.Conflict, "duplicate");
        Assert.Equal(1, await db.Orders.CountAsync(o => o.OrderNumber == "API-DUP-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Racing_creations_of_one_order_store_it_once()
    {
        using var api = await fixture.SellerApi();
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.PostJson("/api/orders", OrderJson.Order("API-RACE-1"))));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.Orders.CountAsync(o => o.OrderNumber == "API-RACE-1", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Every_bad_field_is_named_as_the_body_names_it()
    {
        using var api = await fixture.SellerApi();
        var body = OrderJson.Order("bad number!", country: "XX", lines: [OrderJson.Line("A-1", 0), OrderJson.Line("B-2", 1, 1.234m), OrderJson.Line("A-1", 1, weightGrams: -1)]);
        body.Remove("shipBy");
        body["buyerName"] = "";
        var problem = await Problems.AssertAsync(await api.PostJson("/api/orders", body), HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "orderNumber", "buyerName", "shipBy", "recipient.countryCode", "lines[0].quantity", "lines[1].unitPrice", "lines[2].weightGrams", "lines[2].sku" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} missing in {errors}");
        }
    }

    [Fact]
    public async Task An_order_without_lines_or_recipient_is_refused()
    {
        using var api = await fixture.SellerApi();
        var body = OrderJson.Order("API-EMPTY-1");
        body["lines"] = Array.Empty<object>();
        body["recipient"] = null;
        var problem = await Problems.AssertAsync(await api.PostJson("/api/orders", body), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("recipient", out _));
    }

    [Fact]
    public async Task An_unknown_buyer_channel_is_refused_naming_the_known_ones()
    {
        using var api = await fixture.SellerApi();
        var problem = await Problems.AssertAsync(await api.PostJson("/api/orders", OrderJson.Order("API-CH-1", channel: "NOPE_POST")), HttpStatusCode.BadRequest, "validation_failed");
        var message = problem.GetProperty("errors").GetProperty("buyerChannelCode")[0].GetString()!;
        Assert.Contains("CAINIAO_STANDARD", message, StringComparison.Ordinal);

        // Codes are matched without regard to case and stored upper-case.
        var created = await (await api.PostJson("/api/orders", OrderJson.Order("API-CH-2", channel: "cainiao_economy"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("CAINIAO_ECONOMY", created.GetProperty("buyerChannelCode").GetString());
    }

    [Fact]
    public async Task An_unreadable_value_is_a_400_naming_its_path()
    {
        using var api = await fixture.SellerApi();
        var json = JsonSerializer.Serialize(OrderJson.Order("API-JSON-1")).Replace("\"quantity\":2", "\"quantity\":\"two\"", StringComparison.Ordinal);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        var problem = await Problems.AssertAsync(await api.PostAsync("/api/orders", content, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[0].quantity", out _), problem.ToString());
    }

    [Fact]
    public async Task Another_stores_order_is_not_found_through_the_api_and_the_pages()
    {
        var ct = TestContext.Current.CancellationToken;
        using var first = await fixture.SellerApi();
        using var second = await fixture.Seller2Api();
        (await first.PostJson("/api/orders", OrderJson.Order("API-MINE-1"))).EnsureSuccessStatusCode();

        await Problems.AssertAsync(await second.GetAsync("/api/orders/API-MINE-1", ct), HttpStatusCode.NotFound, "not_found");
        var list = await (await second.GetAsync("/api/orders?q=API-MINE-1", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, list.GetProperty("total").GetInt32());

        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var page = await browser.GetAsync("/Orders/API-MINE-1");
        Assert.Equal(HttpStatusCode.NotFound, page.Status);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=not-found]"));
        var inbox = await browser.GetAsync("/Orders?q=API-MINE-1");
        Assert.Empty(inbox.Document.QuerySelectorAll("[data-testid=order-row]"));

        // Order numbers are unique per store: the second store may have its own API-MINE-1.
        (await second.PostJson("/api/orders", OrderJson.Order("API-MINE-1", buyer: "Wang Fang"))).EnsureSuccessStatusCode();
        var mine = await (await first.GetAsync("/api/orders/API-MINE-1", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Emily Johnson", mine.GetProperty("buyerName").GetString());
    }

    [Fact]
    public async Task Orders_are_for_sellers_only()
    {
        using var warehouse = await fixture.WarehouseApi();
        Assert.Equal(HttpStatusCode.Forbidden, (await warehouse.GetAsync("/api/orders", TestContext.Current.CancellationToken)).StatusCode);
        using var anonymous = fixture.Anonymous();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/freight-account", TestContext.Current.CancellationToken)).StatusCode);
    }

    [Fact]
    public async Task The_details_show_parcels_and_shipped_quantities()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var storeId = await fixture.App.StoreIdAsync();
        (await api.PostJson("/api/orders", OrderJson.Order("API-PARCEL-1"))).EnsureSuccessStatusCode();
        await fixture.App.FundAsync(storeId, 500m);
        var parcel = await fixture.App.ParcelAsync(storeId, "API-PARCEL-1");

        var order = await (await api.GetAsync("/api/orders/API-PARCEL-1", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.All(order.GetProperty("lines").EnumerateArray(), l =>
        {
            Assert.Equal(l.GetProperty("quantity").GetInt32(), l.GetProperty("shippedQuantity").GetInt32());
            Assert.Equal(0, l.GetProperty("remainingQuantity").GetInt32());
        });
        var logistics = Assert.Single(order.GetProperty("logisticsOrders").EnumerateArray());
        Assert.Equal(parcel.WaybillNumber, logistics.GetProperty("waybillNumber").GetString());
        Assert.Equal(parcel.Id, logistics.GetProperty("id").GetInt64());

        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.TimelineEvents.CountAsync(e => e.Kind == TimelineEventKind.OrderImported && e.OrderId == db.Orders.Single(o => o.StoreId == storeId && o.OrderNumber == "API-PARCEL-1").Id, ct));
    }
}
