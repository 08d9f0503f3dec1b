namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>Real concurrent requests against PostgreSQL: freight is charged exactly once, and a unit is never shipped twice.</summary>
public sealed class ShippingRaceTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Standard = "CAINIAO_STANDARD";
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(_store, 3000m);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_same_idempotency_key_sent_20_times_at_once_creates_one_parcel_and_one_charge()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var body = Shipments.Body(Standard, 650);
        var key = Guid.NewGuid().ToString();
        var (before, _) = await fixture.App.MoneyAsync(_store);

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => api.ShipAsync(order.OrderNumber, body, key)));
        clock.Stop();
        TestContext.Current.TestOutputHelper?.WriteLine($"20 racing requests with one key answered in {clock.ElapsedMilliseconds} ms");

        var answers = new List<JsonNode>();
        foreach (var response in responses)
        {
            answers.Add(JsonNode.Parse((await response.JsonAsync(HttpStatusCode.Created)).GetRawText())!);
        }

        Assert.All(answers, a => Assert.True(JsonNode.DeepEquals(answers[0], a), a.ToJsonString()));
        var id = answers[0]["id"]!.GetValue<long>();
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.LogisticsOrders.CountAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.FreightLedger.CountAsync(e => e.LogisticsOrderId == id, TestContext.Current.CancellationToken));
        var (after, sum) = await fixture.App.MoneyAsync(_store);
        Assert.Equal(before - answers[0]["charged"]!.GetValue<decimal>(), after);
        Assert.Equal(after, sum);
    }

    [Fact]
    public async Task A_key_retried_while_units_remain_answers_the_first_parcel_and_ships_nothing_more()
    {
        // The key is claimed with the answer, at commit: a retry (or racing twins) of a partial shipment could pack the
        // units that remain, but only the first commits; the others answer its parcel and leave no trace.
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Sum(l => l.Quantity) >= 2);
        var line = order.Lines.First(l => l.Quantity >= 1);
        var body = Shipments.Body(Standard, 300);
        body["lines"] = new JsonArray(new JsonObject { ["sku"] = line.Sku, ["quantity"] = 1 });
        var key = Guid.NewGuid().ToString();

        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.ShipAsync(order.OrderNumber, body.DeepClone().AsObject(), key)));
        var ids = new List<long>();
        foreach (var response in racing)
        {
            ids.Add((await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64());
        }

        var (before, _) = await fixture.App.MoneyAsync(_store);
        var retry = await (await api.ShipAsync(order.OrderNumber, body, key)).JsonAsync(HttpStatusCode.Created);

        Assert.Single(ids.Distinct());
        Assert.Equal(ids[0], retry.GetProperty("id").GetInt64());
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.LogisticsOrders.CountAsync(l => l.OrderNumber == order.OrderNumber, ct));
        Assert.Equal(1, await db.Orders.Where(o => o.OrderNumber == order.OrderNumber).SelectMany(o => o.Lines).SumAsync(l => l.ShippedQuantity, ct));
        Assert.Equal((before, before), await fixture.App.MoneyAsync(_store));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_refused_and_changes_nothing()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var key = Guid.NewGuid().ToString();
        var first = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, 400), key)).JsonAsync(HttpStatusCode.Created);
        var (before, _) = await fixture.App.MoneyAsync(_store);

        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, 401), key), HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        var other = await fixture.App.FreshOrderAsync();
        await Problems.AssertAsync(await api.ShipAsync(other.OrderNumber, Shipments.Body(Standard, 400), key), HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");

        var replay = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, 400), key)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("id").GetInt64(), replay.GetProperty("id").GetInt64());
        Assert.Equal((before, before), await fixture.App.MoneyAsync(_store));
    }

    [Fact]
    public async Task Two_submissions_racing_for_the_last_units_one_wins_the_other_has_nothing_to_ship()
    {
        using var api = await fixture.SellerApi();
        for (var round = 0; round < 4; round++)
        {
            var order = await fixture.App.FreshOrderAsync();
            var line = order.Lines[0];
            var bodies = new[] { 310, 320 }.Select(weight =>
            {
                var body = Shipments.Body(Standard, weight);
                body["lines"] = new JsonArray(new JsonObject { ["sku"] = line.Sku, ["quantity"] = line.Quantity });
                return body;
            }).ToList();

            var responses = await Task.WhenAll(bodies.Select(b => api.ShipAsync(order.OrderNumber, b, Guid.NewGuid().ToString())));

            Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
            await Problems.AssertAsync(responses.Single(r => r.StatusCode != HttpStatusCode.Created), HttpStatusCode.Conflict, "nothing_to_ship");
            await using var db = fixture.App.Db();
            var shipped = await db.OrderLines.Where(l => l.Id == line.Id).Select(l => l.ShippedQuantity).SingleAsync(TestContext.Current.CancellationToken);
            Assert.Equal(line.Quantity, shipped);
            Assert.Equal(line.Quantity, await db.LogisticsOrderLines.Where(l => l.OrderLineId == line.Id).SumAsync(l => l.Quantity, TestContext.Current.CancellationToken));
            var parcels = await db.LogisticsOrders.Where(l => l.OrderNumber == order.OrderNumber).Select(l => l.Id).ToListAsync(TestContext.Current.CancellationToken);
            Assert.Single(parcels);
            Assert.Equal(2, await db.FreightLedger.CountAsync(e => e.LogisticsOrderId == parcels[0], TestContext.Current.CancellationToken));
        }

        var (balance, sum) = await fixture.App.MoneyAsync(_store);
        Assert.Equal(balance, sum);
    }

    [Fact]
    public async Task Many_submissions_for_one_order_ship_each_unit_once()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Sum(l => l.Quantity) >= 2);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, 300 + i))));

        var codes = new List<string>();
        foreach (var response in responses.Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            codes.Add((await Problems.AssertAsync(response, HttpStatusCode.Conflict, "nothing_to_ship")).GetProperty("code").GetString()!);
        }

        Assert.Equal(7, codes.Count);
        await using var db = fixture.App.Db();
        var lines = await db.Orders.Where(o => o.OrderNumber == order.OrderNumber).SelectMany(o => o.Lines).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(lines, l => Assert.Equal(l.Quantity, l.ShippedQuantity));
    }
}

/// <summary>Money: an unbound account or a short balance refuses the parcel whole; racing charges never overdraw.</summary>
public sealed class ShippingMoneyTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Standard = "CAINIAO_STANDARD";

    [Fact]
    public async Task Unbound_then_a_declining_account_refuse_the_parcel_and_leave_nothing_behind()
    {
        using var api = await fixture.Seller2Api();
        var store = await fixture.App.StoreIdAsync(DemoData.DemoSeeder.SecondStoreName);
        var order = await fixture.App.FreshOrderAsync(DemoData.DemoSeeder.SecondStoreName);

        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard)), HttpStatusCode.Conflict, "freight_account_unbound");

        // Prepaid credit is used first; the bound account (the sandbox's "not enough funds" card) cannot pay the rest.
        await fixture.App.FundAsync(store, 10m);
        await fixture.App.BindAsync(store, Fulfilment.FreightAccounts.PaymentMethod.BankCard, "4000000000009995");
        var expected = await fixture.App.ExpectedAsync(Standard, order.Country, 300);
        var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard)), HttpStatusCode.Conflict, "insufficient_balance");
        Assert.Equal(expected.Freight + expected.ReturnFee - 10m, problem.GetProperty("missingAmount").GetDecimal());
        Assert.Equal(10m, problem.GetProperty("balance").GetDecimal());

        // The freight alone fits the credit, the return fee does not: still the whole parcel is refused, naming the whole shortfall.
        await fixture.App.FundAsync(store, expected.Freight - 10m + 1m);
        problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard)), HttpStatusCode.Conflict, "insufficient_balance");
        Assert.Equal(expected.ReturnFee - 1m, problem.GetProperty("missingAmount").GetDecimal());
        Assert.Equal(expected.Freight + 1m, problem.GetProperty("balance").GetDecimal());

        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.StoreId == store, TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.OrderLines.Where(l => l.StoreId == store).SumAsync(l => l.ShippedQuantity, TestContext.Current.CancellationToken));
        Assert.Equal((expected.Freight + 1m, expected.Freight + 1m), await fixture.App.MoneyAsync(store));
    }

    [Fact]
    public async Task Many_parcels_racing_on_a_small_credit_all_ship_and_never_overdraw_it()
    {
        using var api = await fixture.SellerApi();
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 150m);
        var orders = new List<Shipments.OrderPick>();
        for (var i = 0; i < 12; i++)
        {
            orders.Add(await fixture.App.FreshOrderAsync());
        }

        var responses = await Task.WhenAll(orders.Select(o => api.ShipAsync(o.OrderNumber, Shipments.Body(Standard, 500, undeliverable: "Destroy"))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var (balance, sum) = await fixture.App.MoneyAsync(store);
        Assert.True(balance >= 0, $"balance {balance}");
        Assert.Equal(balance, sum);
        await using var db = fixture.App.Db();
        Assert.Equal(12, await db.LogisticsOrders.CountAsync(l => l.StoreId == store, TestContext.Current.CancellationToken));
        var charged = -await db.FreightLedger.Where(e => e.StoreId == store && e.Amount < 0).SumAsync(e => e.Amount, TestContext.Current.CancellationToken);
        var withheld = await db.FreightLedger.Where(e => e.StoreId == store && e.Kind == Fulfilment.FreightAccounts.LedgerEntryKind.Withholding).SumAsync(e => e.Amount, TestContext.Current.CancellationToken);
        Assert.Equal(150m + withheld - balance, charged);
        var entries = await db.FreightLedger.Where(e => e.StoreId == store).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(entries, e => Assert.True(e.BalanceAfter >= 0));
    }
}
