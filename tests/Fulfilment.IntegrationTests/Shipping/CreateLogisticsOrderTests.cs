namespace Fulfilment.IntegrationTests.Shipping;

public sealed class CreateLogisticsOrderTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Standard = "CAINIAO_STANDARD";
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(_store, 5000m);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task Create_charges_the_formula_freight_and_the_return_fee_and_issues_an_S10_waybill()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var (before, _) = await fixture.App.MoneyAsync(_store);
        var expected = await fixture.App.ExpectedAsync(Standard, order.Country, 420);

        var response = await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, 420));

        var body = await response.JsonAsync(HttpStatusCode.Created);
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal($"/api/logistics-orders/{id}", response.Headers.Location?.ToString());
        Assert.Equal(expected.Freight, body.GetProperty("freight").GetDecimal());
        Assert.Equal(expected.ReturnFee, body.GetProperty("returnServiceFee").GetDecimal());
        Assert.Equal(expected.Freight + expected.ReturnFee, body.GetProperty("charged").GetDecimal());
        Assert.Equal("AwaitingHandover", body.GetProperty("status").GetString());
        Assert.Equal(order.OrderNumber, body.GetProperty("orderNumber").GetString());
        Assert.False(body.GetProperty("noticeFiled").GetBoolean());
        var waybill = body.GetProperty("waybillNumber").GetString()!;
        Assert.True(Waybill.IsValid(waybill), waybill);
        Assert.StartsWith(expected.Indicator, waybill, StringComparison.Ordinal);
        Assert.EndsWith("CN", waybill, StringComparison.Ordinal);

        var (after, ledgerSum) = await fixture.App.MoneyAsync(_store);
        Assert.Equal(before - expected.Freight - expected.ReturnFee, after);
        Assert.Equal(after, ledgerSum);
        await using var db = fixture.App.Db();
        var entries = await db.FreightLedger.Where(e => e.LogisticsOrderId == id).OrderBy(e => e.Id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([(LedgerEntryKind.Freight, -expected.Freight), (LedgerEntryKind.ReturnFee, -expected.ReturnFee)], entries.Select(e => (e.Kind, e.Amount)));
        Assert.All(entries, e => Assert.Equal(waybill, e.WaybillNumber));
        var lines = await db.Orders.Where(o => o.OrderNumber == order.OrderNumber).SelectMany(o => o.Lines).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(lines, l => Assert.Equal(l.Quantity, l.ShippedQuantity));
        var packed = await db.LogisticsOrderLines.Where(l => l.LogisticsOrderId == id).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(lines.Sum(l => l.Quantity), packed.Sum(l => l.Quantity));
        Assert.All(packed, l => Assert.Equal("CN", l.OriginCountry));
        var kinds = await db.TimelineEvents.Where(e => e.LogisticsOrderId == id).Select(e => e.Kind).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(TimelineEventKind.LogisticsOrderCreated, kinds);
        Assert.Contains(TimelineEventKind.FreightCharged, kinds);
    }

    [Fact]
    public async Task Destroy_charges_freight_only()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var expected = await fixture.App.ExpectedAsync(Standard, order.Country, 1234);

        var body = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, 1234, undeliverable: "Destroy"))).JsonAsync(HttpStatusCode.Created);

        Assert.Equal(0m, body.GetProperty("returnServiceFee").GetDecimal());
        Assert.Equal(expected.Freight, body.GetProperty("charged").GetDecimal());
        await using var db = fixture.App.Db();
        var id = body.GetProperty("id").GetInt64();
        Assert.Equal([LedgerEntryKind.Freight], await db.FreightLedger.Where(e => e.LogisticsOrderId == id).Select(e => e.Kind).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Demo_stores_Hangzhou_sender_gets_a_door_pickup_by_HZ_COLLECT()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();

        var body = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);

        var handover = body.GetProperty("handover");
        Assert.Equal("DoorPickup", handover.GetProperty("mode").GetString());
        Assert.Equal("HZ-COLLECT", handover.GetProperty("warehouse").GetProperty("code").GetString());
        Assert.Equal("AwaitingHandover", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Second_stores_Chengdu_sender_self_sends_to_YW_TRANSIT()
    {
        var second = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        await fixture.App.FundAsync(second, 500m);
        using var api = await fixture.Seller2Api();
        var order = await fixture.App.FreshOrderAsync(DemoSeeder.SecondStoreName);

        var body = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);

        var handover = body.GetProperty("handover");
        Assert.Equal("SelfSend", handover.GetProperty("mode").GetString());
        Assert.Equal("YW-TRANSIT", handover.GetProperty("warehouse").GetProperty("code").GetString());
        Assert.Equal("Yiwu", handover.GetProperty("warehouse").GetProperty("address").GetProperty("city").GetString());
    }

    [Fact]
    public async Task Request_pickup_leaves_a_pending_request_at_the_chosen_warehouse()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var body = Shipments.Body(Standard);
        body["handover"] = "RequestPickup";
        body["pickupWarehouseCode"] = "SZ-COLLECT";

        var answer = await (await api.ShipAsync(order.OrderNumber, body)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("PickupRequested", answer.GetProperty("status").GetString());
        Assert.Equal("PickupRequested", answer.GetProperty("handover").GetProperty("mode").GetString());
        Assert.Equal("SZ-COLLECT", answer.GetProperty("handover").GetProperty("warehouse").GetProperty("code").GetString());
        Assert.Equal("Pending", answer.GetProperty("handover").GetProperty("pickupRequest").GetProperty("status").GetString());
        await using var db = fixture.App.Db();
        var id = answer.GetProperty("id").GetInt64();
        var request = await db.PickupRequests.Include(p => p.Warehouse).SingleAsync(p => p.LogisticsOrderId == id, TestContext.Current.CancellationToken);
        Assert.Equal(PickupRequestStatus.Pending, request.Status);
        Assert.Equal("SZ-COLLECT", request.Warehouse!.Code);
        Assert.Contains(TimelineEventKind.PickupRequested, await db.TimelineEvents.Where(e => e.LogisticsOrderId == id).Select(e => e.Kind).ToListAsync(TestContext.Current.CancellationToken));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("YW-TRANSIT")]
    [InlineData("NO-SUCH")]
    public async Task Request_pickup_needs_an_active_collection_warehouse(string? code)
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var body = Shipments.Body(Standard);
        body["handover"] = "RequestPickup";
        body["pickupWarehouseCode"] = code;

        var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, body), HttpStatusCode.BadRequest, "validation_failed");

        Assert.True(problem.GetProperty("errors").TryGetProperty("pickupWarehouseCode", out _), problem.ToString());
    }

    [Fact]
    public async Task Another_channel_than_the_buyers_needs_confirmation()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode != Standard);

        var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, confirm: false)), HttpStatusCode.Conflict, "channel_mismatch_unconfirmed");
        Assert.Contains("dispute", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(order.BuyerChannelCode, problem.GetProperty("buyerChannelCode").GetString());

        await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard, confirm: true))).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_buyers_channel_needs_no_confirmation()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_ECONOMY");

        await (await api.ShipAsync(order.OrderNumber, Shipments.Body("CAINIAO_ECONOMY", confirm: false))).JsonAsync(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_channel_that_refuses_the_goods_type_is_ineligible_with_the_reason()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();

        var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body("CAINIAO_ECONOMY", goodsType: "Battery")), HttpStatusCode.Conflict, "channel_ineligible");

        Assert.Equal("Does not accept this goods type.", problem.GetProperty("reason").GetString());
        await AssertNothingShippedAsync(order.OrderNumber);
    }

    [Fact]
    public async Task An_order_is_shipped_in_parts_and_never_more_than_ordered()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Any(l => l.Quantity >= 2));
        var line = order.Lines.First(l => l.Quantity >= 2);
        var first = Shipments.Body(Standard);
        first["lines"] = new JsonArray(new JsonObject { ["sku"] = line.Sku, ["quantity"] = 1, ["hsCode"] = "8517.62", ["description"] = "Phone case" });

        var parcel = await (await api.ShipAsync(order.OrderNumber, first)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("851762", parcel.GetProperty("lines")[0].GetProperty("hsCode").GetString());

        var tooMany = Shipments.Body(Standard);
        tooMany["lines"] = new JsonArray(new JsonObject { ["sku"] = line.Sku, ["quantity"] = line.Quantity });
        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, tooMany), HttpStatusCode.Conflict, "nothing_to_ship");
        var moreThanOrdered = Shipments.Body(Standard);
        moreThanOrdered["lines"] = new JsonArray(new JsonObject { ["sku"] = line.Sku, ["quantity"] = line.Quantity + 1 });
        var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, moreThanOrdered), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("lines[0].quantity", out _), problem.ToString());

        await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);
        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard)), HttpStatusCode.Conflict, "nothing_to_ship");
        await using var db = fixture.App.Db();
        var lines = await db.Orders.Where(o => o.OrderNumber == order.OrderNumber).SelectMany(o => o.Lines).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(lines, l => Assert.Equal(l.Quantity, l.ShippedQuantity));
        Assert.Equal(2, await db.LogisticsOrders.CountAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_shipped_order_is_an_invalid_state()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        await using (var db = fixture.App.Db())
        {
            var entity = await db.Orders.SingleAsync(o => o.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken);
            Assert.True(entity.Apply(OrderTrigger.NoticeFiledFully, DateTimeOffset.UtcNow, "test").IsSuccess);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard)), HttpStatusCode.Conflict, "invalid_state");
    }

    [Fact]
    public async Task Another_stores_order_is_not_found()
    {
        using var api = await fixture.Seller2Api();
        var order = await fixture.App.FreshOrderAsync();

        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard)), HttpStatusCode.NotFound, "not_found");
        await Problems.AssertAsync(await api.GetAsync($"/api/orders/{order.OrderNumber}/channel-quotes", TestContext.Current.CancellationToken), HttpStatusCode.NotFound, "not_found");
        await AssertNothingShippedAsync(order.OrderNumber);
    }

    [Fact]
    public async Task A_recipient_override_is_for_this_parcel_only()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.Recipient.CountryCode != "DE");
        var body = Shipments.Body(Standard);
        body["recipient"] = new JsonObject
        {
            ["name"] = "Lena Schmidt", ["phone"] = "+49 30 901820", ["countryCode"] = "de", ["province"] = "Berlin",
            ["city"] = "Berlin", ["postalCode"] = "10117", ["line1"] = "Unter den Linden 77",
        };
        var expected = await fixture.App.ExpectedAsync(Standard, "DE", 300);

        var parcel = await (await api.ShipAsync(order.OrderNumber, body)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("DE", parcel.GetProperty("recipient").GetProperty("countryCode").GetString());
        Assert.Equal(expected.Freight, parcel.GetProperty("freight").GetDecimal());
        await using var db = fixture.App.Db();
        Assert.Equal(order.Country, await db.Orders.Where(o => o.OrderNumber == order.OrderNumber).Select(o => o.Recipient.CountryCode).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Waybill_numbers_are_valid_and_unique_across_parcels()
    {
        using var api = await fixture.SellerApi();
        var numbers = new List<string>();
        foreach (var channel in new[] { Standard, "CHINA_POST_REG", "YANWEN_SPECIAL" })
        {
            var order = await fixture.App.FreshOrderAsync();
            var body = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(channel))).JsonAsync(HttpStatusCode.Created);
            numbers.Add(body.GetProperty("waybillNumber").GetString()!);
        }

        Assert.All(numbers, n => Assert.True(Waybill.IsValid(n), n));
        Assert.Equal(["LP", "RR", "YW"], numbers.Select(n => n[..2]));
        await using var db = fixture.App.Db();
        var all = await db.LogisticsOrders.Select(l => l.WaybillNumber).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(all.Count, all.Distinct().Count());
    }

    [Fact]
    public async Task Quotes_list_every_active_channel_with_the_buyers_first()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();

        var quotes = (await (await api.GetAsync($"/api/orders/{order.OrderNumber}/channel-quotes?goodsType=Battery&weightGrams=500", TestContext.Current.CancellationToken))
            .JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.Equal(4, quotes.Count);
        Assert.True(quotes[0].GetProperty("isBuyerChoice").GetBoolean());
        Assert.Equal(order.BuyerChannelCode, quotes[0].GetProperty("channelCode").GetString());
        var economy = quotes.Single(q => q.GetProperty("channelCode").GetString() == "CAINIAO_ECONOMY");
        Assert.False(economy.GetProperty("eligible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, economy.GetProperty("freight").ValueKind);
        Assert.Equal("Does not accept this goods type.", economy.GetProperty("reason").GetString());
        var standard = quotes.Single(q => q.GetProperty("channelCode").GetString() == Standard);
        Assert.True(standard.GetProperty("eligible").GetBoolean());
        Assert.Equal((await fixture.App.ExpectedAsync(Standard, order.Country, 500)).Freight, standard.GetProperty("freight").GetDecimal());
        Assert.Equal(5.00m, standard.GetProperty("returnServiceFee").GetDecimal());
    }

    [Fact]
    public async Task Quotes_default_to_general_goods_and_the_remaining_weight()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);

        var quotes = (await (await api.GetAsync($"/api/orders/{order.OrderNumber}/channel-quotes", TestContext.Current.CancellationToken))
            .JsonAsync(HttpStatusCode.OK)).EnumerateArray().ToList();

        Assert.All(quotes, q => Assert.Equal(order.Weight, q.GetProperty("weightGrams").GetInt32()));
        Assert.All(quotes, q => Assert.True(q.GetProperty("eligible").GetBoolean()));
        await Problems.AssertAsync(await api.GetAsync($"/api/orders/{order.OrderNumber}/channel-quotes?weightGrams=0", TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, "validation_failed");
        await Problems.AssertAsync(await api.GetAsync($"/api/orders/{order.OrderNumber}/channel-quotes?goodsType=Plutonium", TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, "validation_failed");
    }

    private async Task AssertNothingShippedAsync(string orderNumber)
    {
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == orderNumber, TestContext.Current.CancellationToken));
        Assert.All(await db.Orders.Where(o => o.OrderNumber == orderNumber).SelectMany(o => o.Lines).ToListAsync(TestContext.Current.CancellationToken), l => Assert.Equal(0, l.ShippedQuantity));
    }
}
