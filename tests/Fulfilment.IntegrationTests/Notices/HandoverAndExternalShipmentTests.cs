namespace Fulfilment.IntegrationTests.Notices;

/// <summary>
/// The shipping notice follows the handover (issue 12 §4): a parcel no warehouse has received needs the seller's
/// confirmation; a shipment sent by the seller's own carrier can be declared and counts as shipped. And one lifecycle
/// (issue 19 §4): a leftover parcel of an order confirmed complete is noticed through the lifecycle table.
/// </summary>
public sealed class HandoverAndExternalShipmentTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(_store, 3000m);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static string Notices(string orderNumber) => $"/api/orders/{Uri.EscapeDataString(orderNumber)}/shipping-notices";

    [Theory]
    [InlineData(HandoverMode.DoorPickup, "HZ-COLLECT")]
    [InlineData(HandoverMode.SelfSend, "YW-TRANSIT")]
    [InlineData(HandoverMode.PickupRequested, "SZ-COLLECT")]
    public async Task A_parcel_not_yet_received_needs_the_handover_confirmed_and_the_confirmation_is_recorded(HandoverMode mode, string warehouse)
    {
        var ct = TestContext.Current.CancellationToken;
        var parcel = await fixture.App.ParcelAsync(_store, mode: mode, warehouseCode: warehouse);
        using var api = await fixture.SellerApi();

        var refused = await Problems.AssertAsync(await api.PostJson(Notices(parcel.OrderNumber), new { waybillNumbers = new[] { parcel.WaybillNumber } }), HttpStatusCode.Conflict, "not_handed_over");
        Assert.Equal(parcel.WaybillNumber, refused.GetProperty("waybillNumbers")[0].GetString());
        await Problems.AssertAsync(await api.PostJson(Notices(parcel.OrderNumber), new { waybillNumbers = new[] { parcel.WaybillNumber }, handedOver = false }), HttpStatusCode.Conflict, "not_handed_over");
        Assert.False((await fixture.App.ParcelByIdAsync(parcel.Id)).NoticeFiled);

        await (await api.PostJson(Notices(parcel.OrderNumber), new { waybillNumbers = new[] { parcel.WaybillNumber }, handedOver = true })).JsonAsync(HttpStatusCode.Created);

        var after = await fixture.App.ParcelByIdAsync(parcel.Id);
        Assert.True(after.NoticeFiled);
        Assert.NotNull(after.HandedOverAt);
        Assert.Equal(DemoSeeder.SellerEmail, after.HandedOverBy);
        await using var db = fixture.App.Db();
        var handedOver = await db.TimelineEvents.SingleAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.HandedOver, ct);
        Assert.Equal(DemoSeeder.SellerEmail, handedOver.Actor);
    }

    [Fact]
    public async Task A_parcel_the_warehouse_received_needs_no_confirmation()
    {
        var parcel = await fixture.App.ParcelAsync(_store);
        await ReceiveAsync(parcel.Id);
        using var api = await fixture.SellerApi();

        await (await api.PostJson(Notices(parcel.OrderNumber), new { waybillNumbers = new[] { parcel.WaybillNumber } })).JsonAsync(HttpStatusCode.Created);

        var after = await fixture.App.ParcelByIdAsync(parcel.Id);
        Assert.True(after.NoticeFiled);
        Assert.Null(after.HandedOverAt);
    }

    [Fact]
    public async Task An_external_shipment_counts_as_shipped_blocks_online_shipping_and_shows_on_the_order()
    {
        var ct = TestContext.Current.CancellationToken;
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Count >= 2);
        var (first, second) = (order.Lines[0], order.Lines[1]);
        using var api = await fixture.SellerApi();

        var partly = await (await api.PostJson(Notices(order.OrderNumber), new
        {
            externalShipments = new[]
            {
                new { carrierName = "SF Express", trackingNumber = "SF1234567890", trackingUrl = "https://www.sf-express.com/track?no=SF1234567890", lines = new[] { new { sku = first.Sku, quantity = first.Quantity } } },
            },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("PartiallyShipped", partly.GetProperty("orderStatus").GetString());
        Assert.Equal("SF Express", partly.GetProperty("externalShipments")[0].GetProperty("carrierName").GetString());

        // Those units are shipped: online shipping cannot ship them again.
        var body = Shipments.Body("CAINIAO_STANDARD");
        body["lines"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["sku"] = first.Sku, ["quantity"] = 1 });
        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, body), HttpStatusCode.Conflict, "nothing_to_ship");

        // Null lines: every unit that remains.
        var fully = await (await api.PostJson(Notices(order.OrderNumber), new
        {
            externalShipments = new[] { new { carrierName = "YunExpress", trackingNumber = "YT0001", trackingUrl = (string?)null, lines = (object?)null } },
        })).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("Shipped", fully.GetProperty("orderStatus").GetString());
        Assert.Equal(second.Quantity, fully.GetProperty("externalShipments")[0].GetProperty("lines").EnumerateArray().Where(l => l.GetProperty("sku").GetString() == second.Sku).Sum(l => l.GetProperty("quantity").GetInt32()));
        await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body("CAINIAO_STANDARD")), HttpStatusCode.Conflict, "invalid_state");

        var details = await (await api.GetAsync($"/api/orders/{order.OrderNumber}", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, details.GetProperty("externalShipments").GetArrayLength());
        Assert.All(details.GetProperty("lines").EnumerateArray(), l => Assert.Equal(0, l.GetProperty("remainingQuantity").GetInt32()));
        Assert.Contains(details.GetProperty("timeline").EnumerateArray(), e => e.GetProperty("kind").GetString() == "ExternalShipmentDeclared" && e.GetProperty("data").GetProperty("tracking").GetString() == "SF1234567890");

        foreach (var (culture, heading) in new[] { ("en", "Shipped by your own carrier"), ("zh-CN", "自行发货") })
        {
            using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: culture);
            var page = await browser.GetAsync($"/Orders/{order.OrderNumber}");
            var section = page.Document.QuerySelector("[data-testid=external-shipments]")!;
            Assert.Contains(heading, section.TextContent, StringComparison.Ordinal);
            Assert.Equal("https://www.sf-express.com/track?no=SF1234567890", section.QuerySelector("[data-testid=tracking-link]")!.GetAttribute("href"));
            Assert.Contains("YT0001", section.TextContent, StringComparison.Ordinal);
            Assert.Contains("SF1234567890", page.Document.QuerySelector("[data-testid=timeline]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task External_shipments_are_validated_field_by_field_and_refused_ones_change_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var order = await fixture.App.FreshOrderAsync();
        var sku = order.Lines[0].Sku;
        using var api = await fixture.SellerApi();

        var problem = await Problems.AssertAsync(await api.PostJson(Notices(order.OrderNumber), new
        {
            externalShipments = new object[]
            {
                new { carrierName = "", trackingNumber = "X1", trackingUrl = "javascript:alert(1)", lines = (object?)null },
                new { carrierName = "SF", trackingNumber = "", trackingUrl = "ftp://example.com/x", lines = new[] { new { sku = sku, quantity = 0 } } },
            },
        }), HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "externalShipments[0].carrierName", "externalShipments[0].trackingUrl", "externalShipments[1].trackingNumber", "externalShipments[1].trackingUrl", "externalShipments[1].lines[0].quantity" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"{field} in {errors}");
        }

        problem = await Problems.AssertAsync(await api.PostJson(Notices(order.OrderNumber), new
        {
            externalShipments = new[] { new { carrierName = "SF", trackingNumber = "SF1", lines = new[] { new { sku = "NO-SUCH-SKU", quantity = 1 } } } },
        }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("externalShipments[0].lines[0].sku", out _));

        problem = await Problems.AssertAsync(await api.PostJson(Notices(order.OrderNumber), new
        {
            externalShipments = new[] { new { carrierName = "SF", trackingNumber = "SF1", lines = new[] { new { sku, quantity = order.Lines[0].Quantity + 1 } } } },
        }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("externalShipments[0].lines[0].quantity", out _));

        await using var db = fixture.App.Db();
        Assert.False(await db.ExternalShipments.AnyAsync(e => e.Order!.OrderNumber == order.OrderNumber, ct));
        Assert.False(await db.ShippingNotices.AnyAsync(n => n.Order!.OrderNumber == order.OrderNumber, ct));
        Assert.Equal(0, await db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.OrderNumber == order.OrderNumber)).SumAsync(l => l.ShippedQuantity, ct));
    }

    [Fact]
    public async Task Units_already_in_a_parcel_cannot_be_declared_as_an_external_shipment()
    {
        var parcel = await fixture.App.ParcelAsync(_store);
        await using var db = fixture.App.Db(TestActors.Seller(_store));
        var sku = await db.LogisticsOrderLines.Where(l => l.LogisticsOrderId == parcel.Id).Select(l => l.Sku).FirstAsync(TestContext.Current.CancellationToken);
        using var api = await fixture.SellerApi();

        await Problems.AssertAsync(await api.PostJson(Notices(parcel.OrderNumber), new
        {
            externalShipments = new[] { new { carrierName = "SF", trackingNumber = "SF9", lines = new[] { new { sku, quantity = 1 } } } },
        }), HttpStatusCode.Conflict, "nothing_to_ship");
    }

    [Fact]
    public async Task A_leftover_parcel_of_an_order_confirmed_complete_is_noticed_and_the_order_stays_shipped()
    {
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Count >= 2);
        var first = await fixture.App.ParcelAsync(_store, order.OrderNumber, lines: new Dictionary<string, int> { [order.Lines[0].Sku] = order.Lines[0].Quantity });
        var leftover = await fixture.App.ParcelAsync(_store, order.OrderNumber);
        using var api = await fixture.SellerApi();
        await (await api.PostJson(Notices(order.OrderNumber), new { waybillNumbers = new[] { first.WaybillNumber }, handedOver = true })).JsonAsync(HttpStatusCode.Created);
        await (await api.PostJson($"/api/orders/{order.OrderNumber}/complete-shipment", new { })).JsonAsync(HttpStatusCode.OK);

        var noticed = await (await api.PostJson(Notices(order.OrderNumber), new { waybillNumbers = new[] { leftover.WaybillNumber }, handedOver = true })).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("Shipped", noticed.GetProperty("orderStatus").GetString());
        Assert.True((await fixture.App.ParcelByIdAsync(leftover.Id)).NoticeFiled);

        // Confirmed complete closes the order to new shipments, also by the seller's own carrier.
        await Problems.AssertAsync(await api.PostJson(Notices(order.OrderNumber), new
        {
            externalShipments = new[] { new { carrierName = "SF", trackingNumber = "SF2", lines = (object?)null } },
        }), HttpStatusCode.Conflict, "invalid_state");
    }

    [Fact]
    public async Task The_notice_page_asks_for_the_handover_per_parcel_and_declares_an_own_carrier_shipment()
    {
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Count >= 2);
        var parcel = await fixture.App.ParcelAsync(_store, order.OrderNumber, lines: new Dictionary<string, int> { [order.Lines[0].Sku] = order.Lines[0].Quantity });
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var url = $"/Orders/{order.OrderNumber}/Notice";
        var page = await browser.GetAsync(url);
        Assert.NotNull(page.Document.QuerySelector($"[data-testid=notice-row][data-waybill={parcel.WaybillNumber}] [data-testid=handed-over]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=external-shipment]"));

        var unconfirmed = await browser.PostAsync($"{url}?handler=File", new Dictionary<string, string> { ["Input.Waybills"] = parcel.WaybillNumber }, page.Token);
        Assert.Equal(HttpStatusCode.OK, unconfirmed.StatusCode);
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await unconfirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.NotNull(shown.QuerySelector($"[data-testid=notice-row][data-waybill={parcel.WaybillNumber}] [data-testid=handed-over-error]"));
        Assert.False((await fixture.App.ParcelByIdAsync(parcel.Id)).NoticeFiled);

        var badUrl = await browser.PostAsync($"{url}?handler=File", new Dictionary<string, string>
        {
            ["Input.DeclareExternal"] = "true",
            ["Input.CarrierName"] = "",
            ["Input.TrackingNumber"] = "SF777",
            ["Input.TrackingUrl"] = "not a url",
        }, page.Token);
        Assert.Equal(HttpStatusCode.OK, badUrl.StatusCode);
        var invalid = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await badUrl.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Required.", invalid.QuerySelector("[data-valmsg-for='Input.ExternalShipments[0].CarrierName']")!.TextContent.Trim());
        Assert.Contains("http://", invalid.QuerySelector("[data-valmsg-for='Input.ExternalShipments[0].TrackingUrl']")!.TextContent, StringComparison.Ordinal);

        var filed = await browser.PostAsync($"{url}?handler=File", new Dictionary<string, string>
        {
            ["Input.Waybills"] = parcel.WaybillNumber,
            ["Input.HandedOver"] = parcel.WaybillNumber,
            ["Input.DeclareExternal"] = "true",
            ["Input.CarrierName"] = "SF Express",
            ["Input.TrackingNumber"] = "SF777",
            ["Input.TrackingUrl"] = "https://www.sf-express.com/track?no=SF777",
        }, page.Token);
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.True((await fixture.App.ParcelByIdAsync(parcel.Id)).NoticeFiled);
        await using var db = fixture.App.Db();
        var status = await db.Orders.Where(o => o.OrderNumber == order.OrderNumber).Select(o => o.Status).SingleAsync(TestContext.Current.CancellationToken);
        Assert.Equal(OrderStatus.Shipped, status);
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
}
