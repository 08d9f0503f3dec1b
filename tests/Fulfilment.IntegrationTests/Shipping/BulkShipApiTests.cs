namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>
/// <c>POST /api/orders/bulk-logistics-orders</c> (and its preview) on a real PostgreSQL: each order its own logistics
/// order, once per batch key however often or concurrently the batch is sent; money moves exactly as the ledger says.
/// </summary>
public sealed class BulkShipApiTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Standard = "CAINIAO_STANDARD";
    private const string Url = "/api/orders/bulk-logistics-orders";
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(_store, 5000m);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, object?> Body(IEnumerable<string> orders, bool agreement = true, string undeliverable = "Return") => new()
    {
        ["orderNumbers"] = orders.ToArray(),
        ["goodsType"] = "General",
        ["undeliverable"] = undeliverable,
        ["agreementAccepted"] = agreement,
    };

    private static async Task<HttpResponseMessage> ShipAsync(HttpClient api, object body, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await api.SendAsync(request, Ct);
    }

    /// <summary>New orders of the store whose buyers chose Cainiao Standard (to the US, which it serves).</summary>
    private async Task<List<string>> FreshStandardOrders(int count)
    {
        using var api = await fixture.SellerApi();
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            numbers.Add(await NewOrderAsync(api));
        }

        return numbers;
    }

    private async Task<string> NewOrderAsync(HttpClient api, string? channel = Standard, string title = "Phone case")
    {
        var number = "BULK-" + Guid.NewGuid().ToString("N")[..10];
        var order = OrderJson.Order(number, lines: new { sku = "SKU-B1", title, quantity = 2, unitPrice = 5.00m, weightGrams = 100 });
        order["buyerChannelCode"] = channel;
        await (await api.PostJson("/api/orders", order)).JsonAsync(HttpStatusCode.Created);
        return number;
    }

    [Fact]
    public async Task The_preview_quotes_each_order_lists_the_ones_that_cannot_ship_with_their_reason_and_stores_nothing()
    {
        using var api = await fixture.SellerApi();
        var good = await FreshStandardOrders(2);
        var noChannel = await NewOrderAsync(api, channel: null);
        var chinese = await NewOrderAsync(api, title: "手机壳");
        var before = await fixture.App.MoneyAsync(_store);

        var preview = await (await api.PostJson(Url + "/preview", Body([.. good, noChannel, chinese, "NO-SUCH-ORDER"], agreement: false))).JsonAsync(HttpStatusCode.OK);

        var orders = preview.GetProperty("orders").EnumerateArray().ToList();
        Assert.Equal([.. good, noChannel, chinese, "NO-SUCH-ORDER"], orders.Select(o => o.GetProperty("orderNumber").GetString()));
        Assert.All(orders.Take(2), o =>
        {
            Assert.True(o.GetProperty("eligible").GetBoolean());
            Assert.Equal(Standard, o.GetProperty("buyerChannelCode").GetString());
            Assert.True(o.GetProperty("freight").GetDecimal() > 0);
            Assert.True(o.GetProperty("weightGrams").GetInt32() > 0);
            Assert.False(string.IsNullOrEmpty(o.GetProperty("warehouseName").GetString()));
        });
        Assert.Equal("no_buyer_channel", orders[2].GetProperty("problem").GetProperty("code").GetString());
        Assert.Equal("validation_failed", orders[3].GetProperty("problem").GetProperty("code").GetString());
        Assert.Equal("not_found", orders[4].GetProperty("problem").GetProperty("code").GetString());
        Assert.Equal(2, preview.GetProperty("eligibleCount").GetInt32());
        Assert.Equal(3, preview.GetProperty("skippedCount").GetInt32());
        Assert.Equal(orders.Take(2).Sum(o => o.GetProperty("toBeDeducted").GetDecimal()), preview.GetProperty("toBeDeducted").GetDecimal());
        Assert.Equal(before, await fixture.App.MoneyAsync(_store));
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => good.Contains(l.OrderNumber), Ct));
    }

    [Fact]
    public async Task A_batch_ships_each_eligible_order_once_deducts_what_the_preview_said_and_a_repeat_changes_nothing()
    {
        using var api = await fixture.SellerApi();
        var good = await FreshStandardOrders(3);
        var noChannel = await NewOrderAsync(api, channel: null);
        var batch = Body([.. good, noChannel]);
        var preview = await (await api.PostJson(Url + "/preview", batch)).JsonAsync(HttpStatusCode.OK);
        var (before, _) = await fixture.App.MoneyAsync(_store);
        var key = Guid.NewGuid().ToString();

        var result = await (await ShipAsync(api, batch, key)).JsonAsync(HttpStatusCode.OK);

        var items = result.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(4, items.Count);
        Assert.All(items.Take(3), i =>
        {
            Assert.True(i.GetProperty("created").GetBoolean());
            Assert.StartsWith("L", i.GetProperty("logisticsOrder").GetProperty("waybillNumber").GetString(), StringComparison.Ordinal);
        });
        Assert.False(items[3].GetProperty("created").GetBoolean());
        Assert.Equal("no_buyer_channel", items[3].GetProperty("problem").GetProperty("code").GetString());
        Assert.Equal(3, result.GetProperty("createdCount").GetInt32());
        Assert.Equal(preview.GetProperty("toBeDeducted").GetDecimal(), result.GetProperty("deducted").GetDecimal());
        var (after, sum) = await fixture.App.MoneyAsync(_store);
        Assert.Equal(before - result.GetProperty("deducted").GetDecimal(), after);
        Assert.Equal(after, sum);

        var again = await (await ShipAsync(api, batch, key)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(
            items.Take(3).Select(i => i.GetProperty("logisticsOrder").GetProperty("id").GetInt64()),
            again.GetProperty("results").EnumerateArray().Take(3).Select(i => i.GetProperty("logisticsOrder").GetProperty("id").GetInt64()));
        Assert.Equal((after, after), await fixture.App.MoneyAsync(_store));
        await using var db = fixture.App.Db();
        Assert.Equal(3, await db.LogisticsOrders.CountAsync(l => good.Contains(l.OrderNumber), Ct));
    }

    [Fact]
    public async Task Racing_duplicate_batches_ship_each_order_once()
    {
        using var api = await fixture.SellerApi();
        var good = await FreshStandardOrders(4);
        var batch = Body(good);
        var key = Guid.NewGuid().ToString();
        var (before, _) = await fixture.App.MoneyAsync(_store);

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => ShipAsync(api, batch, key)));

        var ids = new List<long[]>();
        foreach (var response in responses)
        {
            var body = await response.JsonAsync(HttpStatusCode.OK);
            ids.Add([.. body.GetProperty("results").EnumerateArray().Select(i => i.GetProperty("logisticsOrder").GetProperty("id").GetInt64())]);
        }

        Assert.All(ids, set => Assert.Equal(ids[0], set));
        await using var db = fixture.App.Db();
        var parcels = await db.LogisticsOrders.Where(l => good.Contains(l.OrderNumber)).ToListAsync(Ct);
        Assert.Equal(4, parcels.Count);
        var (after, sum) = await fixture.App.MoneyAsync(_store);
        Assert.Equal(before - parcels.Sum(p => p.Charged), after);
        Assert.Equal(after, sum);
    }

    [Fact]
    public async Task The_same_batch_key_with_other_orders_is_refused_and_a_missing_key_is_named()
    {
        using var api = await fixture.SellerApi();
        var good = await FreshStandardOrders(2);
        var key = Guid.NewGuid().ToString();
        await (await ShipAsync(api, Body(good.Take(1)), key)).JsonAsync(HttpStatusCode.OK);

        await Problems.AssertAsync(await ShipAsync(api, Body(good), key), HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        var missing = await Problems.AssertAsync(await ShipAsync(api, Body(good.Skip(1)), null), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(missing.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), missing.ToString());
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == good[1], Ct));
    }

    [Fact]
    public async Task Another_stores_order_numbers_are_not_found_and_nothing_of_theirs_ships()
    {
        using var api = await fixture.SellerApi();
        var theirs = await fixture.App.FreshOrderAsync(DemoData.DemoSeeder.SecondStoreName);
        var ours = await FreshStandardOrders(1);

        var result = await (await ShipAsync(api, Body([theirs.OrderNumber, .. ours]), Guid.NewGuid().ToString())).JsonAsync(HttpStatusCode.OK);

        var items = result.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("not_found", items[0].GetProperty("problem").GetProperty("code").GetString());
        Assert.True(items[1].GetProperty("created").GetBoolean());
        var preview = await (await api.PostJson(Url + "/preview", Body([theirs.OrderNumber]))).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("not_found", preview.GetProperty("orders")[0].GetProperty("problem").GetProperty("code").GetString());
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.IgnoreQueryFilters().AnyAsync(l => l.OrderNumber == theirs.OrderNumber, Ct));
    }

    [Fact]
    public async Task A_batch_is_capped_at_100_orders_each_listed_once_and_needs_the_agreement()
    {
        using var api = await fixture.SellerApi();
        var tooMany = Enumerable.Range(0, 101).Select(i => $"N-{i}");
        var capped = await Problems.AssertAsync(await api.PostJson(Url + "/preview", Body(tooMany)), HttpStatusCode.BadRequest, "validation_failed");
        Assert.Contains("100", capped.GetProperty("errors").GetProperty("orderNumbers")[0].GetString(), StringComparison.Ordinal);
        await Problems.AssertAsync(await ShipAsync(api, Body(tooMany), "cap-" + Guid.NewGuid()), HttpStatusCode.BadRequest, "validation_failed");
        await Problems.AssertAsync(await api.PostJson(Url + "/preview", Body([])), HttpStatusCode.BadRequest, "validation_failed");
        await Problems.AssertAsync(await api.PostJson(Url + "/preview", Body(["A-1", "A-1"])), HttpStatusCode.BadRequest, "validation_failed");
        var undeliverable = Body(["A-1"]);
        undeliverable["undeliverable"] = null;
        var named = await Problems.AssertAsync(await api.PostJson(Url + "/preview", undeliverable), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(named.GetProperty("errors").TryGetProperty("undeliverable", out _));
        var unagreed = await Problems.AssertAsync(await ShipAsync(api, Body(["A-1"], agreement: false), "agree-" + Guid.NewGuid()), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(unagreed.GetProperty("errors").TryGetProperty("agreementAccepted", out _));
    }

    [Fact]
    public async Task Warehouse_staff_cannot_ship_a_stores_orders_in_bulk()
    {
        using var api = await fixture.WarehouseApi();
        Assert.Equal(HttpStatusCode.Forbidden, (await ShipAsync(api, Body(["A-1"]), Guid.NewGuid().ToString())).StatusCode);
    }
}
