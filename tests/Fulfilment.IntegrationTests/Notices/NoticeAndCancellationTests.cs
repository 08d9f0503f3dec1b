namespace Fulfilment.IntegrationTests.Notices;

public sealed class NoticeAndCancellationTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(_store, 2000m);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_two_parcel_order_walks_to_shipped_through_notices()
    {
        var order = await OrderWithSeveralLinesAsync();
        var first = await fixture.App.ParcelAsync(_store, order.OrderNumber, lines: new Dictionary<string, int> { [order.Lines[0].Sku] = order.Lines[0].Quantity });
        var second = await fixture.App.ParcelAsync(_store, order.OrderNumber);
        using var api = await fixture.SellerApi();

        var partly = await (await api.PostJson($"/api/orders/{order.OrderNumber}/shipping-notices", new { waybillNumbers = new[] { first.WaybillNumber }, handedOver = true })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("PartiallyShipped", partly.GetProperty("orderStatus").GetString());
        var fully = await (await api.PostJson($"/api/orders/{order.OrderNumber}/shipping-notices", new { waybillNumbers = new[] { second.WaybillNumber.ToLowerInvariant() }, handedOver = true })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Shipped", fully.GetProperty("orderStatus").GetString());
        Assert.Equal(OrderStatus.Shipped, await StatusAsync(order.OrderNumber));
    }

    [Fact]
    public async Task Confirm_shipment_complete_closes_a_partial_order_and_is_refused_before_any_notice()
    {
        var order = await OrderWithSeveralLinesAsync();
        using var api = await fixture.SellerApi();
        await Problems.AssertAsync(await api.PostJson($"/api/orders/{order.OrderNumber}/complete-shipment", new { }), HttpStatusCode.Conflict, "invalid_state");

        var parcel = await fixture.App.ParcelAsync(_store, order.OrderNumber, lines: new Dictionary<string, int> { [order.Lines[0].Sku] = 1 });
        await (await api.PostJson($"/api/orders/{order.OrderNumber}/shipping-notices", new { waybillNumbers = new[] { parcel.WaybillNumber }, handedOver = true })).JsonAsync(HttpStatusCode.Created);
        var completed = await (await api.PostJson($"/api/orders/{order.OrderNumber}/complete-shipment", new { })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Shipped", completed.GetProperty("status").GetString());
        Assert.Equal(DemoSeeder.SellerEmail, completed.GetProperty("completedBy").GetString());
        await Problems.AssertAsync(await api.PostJson($"/api/orders/{order.OrderNumber}/complete-shipment", new { }), HttpStatusCode.Conflict, "invalid_state");
    }

    [Fact]
    public async Task Cancel_refunds_freight_and_fee_and_the_same_quantity_ships_again_under_a_new_waybill()
    {
        var order = await OrderWithSeveralLinesAsync();
        var before = await fixture.App.MoneyAsync(_store);
        var parcel = await fixture.App.ParcelAsync(_store, order.OrderNumber);
        Assert.Equal(before.Balance - parcel.Charged, (await fixture.App.MoneyAsync(_store)).Balance);

        using var api = await fixture.SellerApi();
        var cancelled = await (await api.PostAsync($"/api/logistics-orders/{parcel.Id}/cancel", null)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Cancelled", cancelled.GetProperty("status").GetString());
        var after = await fixture.App.MoneyAsync(_store);
        Assert.Equal(before.Balance, after.Balance);
        Assert.Equal(after.Balance, after.LedgerSum);

        await using (var db = fixture.App.Db())
        {
            var refund = await db.FreightLedger.SingleAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == LedgerEntryKind.Refund);
            Assert.Equal(parcel.Charged, refund.Amount);
            var lines = await db.OrderLines.Where(l => l.OrderId == order.Id).ToListAsync();
            Assert.All(lines, l => Assert.Equal(0, l.ShippedQuantity));
        }

        var again = await fixture.App.ParcelAsync(_store, order.OrderNumber);
        Assert.NotEqual(parcel.WaybillNumber, again.WaybillNumber);
        await Problems.AssertAsync(await api.PostAsync($"/api/logistics-orders/{parcel.Id}/cancel", null), HttpStatusCode.Conflict, "invalid_state");
    }

    [Fact]
    public async Task Cancel_is_refused_once_received_or_noticed_and_for_another_store()
    {
        var received = await fixture.App.ParcelAsync(_store);
        await ReceiveAsync(received.Id);
        using var api = await fixture.SellerApi();
        var problem = await Problems.AssertAsync(await api.PostAsync($"/api/logistics-orders/{received.Id}/cancel", null), HttpStatusCode.Conflict, "invalid_state");
        Assert.Contains("received", problem.GetProperty("detail").GetString());

        var noticed = await fixture.App.ParcelAsync(_store);
        await (await api.PostJson($"/api/orders/{noticed.OrderNumber}/shipping-notices", new { waybillNumbers = new[] { noticed.WaybillNumber }, handedOver = true })).JsonAsync(HttpStatusCode.Created);
        problem = await Problems.AssertAsync(await api.PostAsync($"/api/logistics-orders/{noticed.Id}/cancel", null), HttpStatusCode.Conflict, "invalid_state");
        Assert.Contains("notice", problem.GetProperty("detail").GetString());

        var mine = await fixture.App.ParcelAsync(_store);
        using var other = await fixture.Seller2Api();
        await Problems.AssertAsync(await other.PostAsync($"/api/logistics-orders/{mine.Id}/cancel", null), HttpStatusCode.NotFound, "not_found");
        await Problems.AssertAsync(await other.PostJson($"/api/orders/{mine.OrderNumber}/shipping-notices", new { waybillNumbers = new[] { mine.WaybillNumber } }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Cancelling_withdraws_a_pending_pickup_request()
    {
        var parcel = await fixture.App.ParcelAsync(_store, mode: HandoverMode.PickupRequested, warehouseCode: DemoWarehousesCodes.Shenzhen);
        using var api = await fixture.SellerApi();
        await (await api.PostAsync($"/api/logistics-orders/{parcel.Id}/cancel", null)).JsonAsync(HttpStatusCode.OK);
        await using var db = fixture.App.Db();
        Assert.Equal(PickupRequestStatus.Withdrawn, (await db.PickupRequests.SingleAsync(p => p.LogisticsOrderId == parcel.Id)).Status);
    }

    [Fact]
    public async Task Racing_notice_filings_for_one_parcel_file_it_once()
    {
        var parcel = await fixture.App.ParcelAsync(_store);
        using var api = await fixture.SellerApi();
        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ =>
            api.PostJson($"/api/orders/{parcel.OrderNumber}/shipping-notices", new { waybillNumbers = new[] { parcel.WaybillNumber }, handedOver = true })));
        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.Created);
        Assert.All(responses.Where(r => r.StatusCode != HttpStatusCode.Created), r => Assert.Equal(HttpStatusCode.Conflict, r.StatusCode));
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.ShippingNotices.CountAsync(n => n.OrderId == parcel.OrderId));
    }

    [Fact]
    public async Task Bad_notices_name_the_field_and_change_nothing()
    {
        var parcel = await fixture.App.ParcelAsync(_store);
        using var api = await fixture.SellerApi();
        var url = $"/api/orders/{parcel.OrderNumber}/shipping-notices";
        var problem = await Problems.AssertAsync(await api.PostJson(url, new { waybillNumbers = Array.Empty<string>() }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("waybillNumbers", out _));
        problem = await Problems.AssertAsync(await api.PostJson(url, new { waybillNumbers = new[] { parcel.WaybillNumber }, shippedAt = DateTimeOffset.UtcNow.AddDays(1) }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("shippedAt", out _));
        problem = await Problems.AssertAsync(await api.PostJson(url, new { waybillNumbers = new[] { parcel.WaybillNumber }, shippedAt = parcel.CreatedAt.AddHours(-1) }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("shippedAt", out _));
        problem = await Problems.AssertAsync(await api.PostJson(url, new { waybillNumbers = new[] { "LP000000005CN" } }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("waybillNumbers", out _));
        await using var db = fixture.App.Db();
        Assert.Equal(0, await db.ShippingNotices.CountAsync(n => n.OrderId == parcel.OrderId));
    }

    private async Task<Order> OrderWithSeveralLinesAsync()
    {
        await using var db = fixture.App.Db(TestActors.Seller(_store));
        return await db.Orders.Include(o => o.Lines)
            .Where(o => o.Lines.Count >= 2 && o.Lines.All(l => l.ShippedQuantity == 0) && o.Status == OrderStatus.AwaitingShipment)
            .OrderByDescending(o => o.Id)
            .FirstAsync();
    }

    private async Task<OrderStatus> StatusAsync(string orderNumber)
    {
        await using var db = fixture.App.Db(TestActors.Seller(_store));
        return await db.Orders.Where(o => o.OrderNumber == orderNumber).Select(o => o.Status).SingleAsync();
    }

    // The warehouse's scan, done directly on the domain (the inbound service is tested with the warehouse console).
    private Task ReceiveAsync(long parcelId) => fixture.App.WithServices(FixedActor.System, async services =>
    {
        var db = services.GetRequiredService<FulfilmentDbContext>();
        var parcel = await db.LogisticsOrders.SingleAsync(l => l.Id == parcelId);
        Assert.True(parcel.Receive(parcel.WeightGrams, 0m, DateTimeOffset.UtcNow, "staff").IsSuccess);
        await db.SaveChangesAsync();
        return true;
    });

    private static class DemoWarehousesCodes
    {
        public const string Shenzhen = "SZ-COLLECT";
    }
}
