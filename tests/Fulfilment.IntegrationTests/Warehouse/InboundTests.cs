namespace Fulfilment.IntegrationTests.Warehouse;

public sealed class InboundTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private FulfilmentApp App => fixture.App;

    private async Task<LogisticsOrder> Parcel(string warehouseCode = "HZ-COLLECT", int weightGrams = 300, HandoverMode mode = HandoverMode.DoorPickup)
    {
        var storeId = await App.StoreIdAsync();
        await App.FundAsync(storeId, 500m);
        return await App.ParcelAsync(storeId, mode: mode, warehouseCode: warehouseCode, weightGrams: weightGrams);
    }

    private async Task AssertBalanceIsTheLedger(long storeId)
    {
        var (balance, sum) = await App.MoneyAsync(storeId);
        Assert.Equal(sum, balance);
    }

    [Fact]
    public async Task A_parcel_heavier_than_its_channel_carries_is_not_received_and_the_seller_is_told_what_to_do()
    {
        var parcel = await Parcel(weightGrams: 300);
        var before = await App.MoneyAsync(parcel.StoreId);
        using var api = await fixture.WarehouseApi();

        var refused = await Problems.AssertAsync(
            await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 2500 }),
            HttpStatusCode.Conflict,
            "invalid_state");

        Assert.Contains("2000 g", refused.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, (await App.ParcelByIdAsync(parcel.Id)).Status);
        Assert.Equal(before, await App.MoneyAsync(parcel.StoreId));
        using var seller = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var details = await seller.GetAsync($"/Packages/{parcel.Id}");
        Assert.Contains("2,500 g", details.Document.QuerySelector("[data-testid=held-over-weight]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(details.Document.QuerySelector("[data-testid=cancel-parcel]"));
        await using var db = App.Db();
        Assert.Equal(1, await db.TimelineEvents.CountAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.HeldOverWeight, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_heavier_parcel_is_received_and_the_difference_charged_in_the_same_step()
    {
        var parcel = await Parcel(weightGrams: 300);
        var before = await App.MoneyAsync(parcel.StoreId);
        var expected = await App.FreightAsync(parcel.ChannelCode, parcel.Recipient.CountryCode, 820) - await App.FreightAsync(parcel.ChannelCode, parcel.Recipient.CountryCode, 300);
        Assert.True(expected > 0);
        using var api = await fixture.WarehouseApi();

        var answer = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber.ToLowerInvariant(), measuredWeightGrams = 820 })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("ReceivedAtWarehouse", answer.GetProperty("status").GetString());
        Assert.Equal(parcel.WaybillNumber, answer.GetProperty("waybillNumber").GetString());
        Assert.False(answer.GetProperty("alreadyReceived").GetBoolean());
        Assert.Equal(expected, answer.GetProperty("freightAdjustment").GetDecimal());
        Assert.Equal(820, answer.GetProperty("measuredWeightGrams").GetInt32());
        Assert.Equal(parcel.Freight + expected, answer.GetProperty("freight").GetDecimal());
        Assert.Equal(parcel.Charged + expected, answer.GetProperty("charged").GetDecimal());

        var after = await App.MoneyAsync(parcel.StoreId);
        Assert.Equal(before.Balance - expected, after.Balance);
        await AssertBalanceIsTheLedger(parcel.StoreId);
        await using var db = App.Db(TestActors.Seller(parcel.StoreId));
        var ct = TestContext.Current.CancellationToken;
        var entry = await db.FreightLedger.SingleAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == LedgerEntryKind.Adjustment, ct);
        Assert.Equal(-expected, entry.Amount);
        Assert.Equal(parcel.WaybillNumber, entry.WaybillNumber);
        var kinds = await db.TimelineEvents.Where(e => e.LogisticsOrderId == parcel.Id).Select(e => e.Kind).ToListAsync(ct);
        Assert.Contains(TimelineEventKind.ReceivedAtWarehouse, kinds);
        Assert.Contains(TimelineEventKind.FreightAdjusted, kinds);
    }

    [Fact]
    public async Task A_lighter_parcel_is_refunded_the_difference()
    {
        var parcel = await Parcel(weightGrams: 1200);
        var before = await App.MoneyAsync(parcel.StoreId);
        var refund = await App.FreightAsync(parcel.ChannelCode, parcel.Recipient.CountryCode, 1200) - await App.FreightAsync(parcel.ChannelCode, parcel.Recipient.CountryCode, 640);
        using var api = await fixture.WarehouseApi();

        var answer = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 640 })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(-refund, answer.GetProperty("freightAdjustment").GetDecimal());
        Assert.Equal(before.Balance + refund, (await App.MoneyAsync(parcel.StoreId)).Balance);
        await AssertBalanceIsTheLedger(parcel.StoreId);
        await using var db = App.Db();
        var entry = await db.FreightLedger.SingleAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == LedgerEntryKind.Adjustment, TestContext.Current.CancellationToken);
        Assert.Equal(refund, entry.Amount);
    }

    [Fact]
    public async Task The_same_weight_moves_no_money_and_a_second_scan_changes_nothing_and_says_so()
    {
        var parcel = await Parcel(weightGrams: 450);
        using var api = await fixture.WarehouseApi();
        var first = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 450 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0m, first.GetProperty("freightAdjustment").GetDecimal());
        var before = await App.MoneyAsync(parcel.StoreId);

        var second = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1900 })).JsonAsync(HttpStatusCode.OK);

        Assert.True(second.GetProperty("alreadyReceived").GetBoolean());
        Assert.Equal(0m, second.GetProperty("freightAdjustment").GetDecimal());
        Assert.Equal(450, second.GetProperty("measuredWeightGrams").GetInt32());
        Assert.Equal(before, await App.MoneyAsync(parcel.StoreId));
        await using var db = App.Db();
        var ct = TestContext.Current.CancellationToken;
        Assert.False(await db.FreightLedger.AnyAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == LedgerEntryKind.Adjustment, ct));
        Assert.Equal(1, await db.TimelineEvents.CountAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.ReceivedAtWarehouse, ct));
    }

    [Fact]
    public async Task A_cancelled_parcel_is_refused_with_the_reason()
    {
        var parcel = await Parcel();
        await App.CancelParcelAsync(parcel.StoreId, parcel.Id);
        var before = await App.MoneyAsync(parcel.StoreId);
        using var api = await fixture.WarehouseApi();

        var problem = await Problems.AssertAsync(await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 900 }), HttpStatusCode.Conflict, "invalid_state");

        Assert.Contains("cancelled", problem.GetProperty("detail").GetString());
        Assert.Equal(LogisticsOrderStatus.Cancelled, (await App.ParcelByIdAsync(parcel.Id)).Status);
        Assert.Equal(before, await App.MoneyAsync(parcel.StoreId));
    }

    [Fact]
    public async Task Another_warehouses_parcel_and_a_still_pending_pickup_are_refused()
    {
        var elsewhere = await Parcel("SZ-COLLECT");
        var pending = await Parcel(mode: HandoverMode.PickupRequested);
        using var api = await fixture.WarehouseApi();

        var other = await Problems.AssertAsync(await api.PostJson("/api/warehouse/inbound", new { waybillNumber = elsewhere.WaybillNumber, measuredWeightGrams = 300 }), HttpStatusCode.Conflict, "invalid_state");
        Assert.Contains("Shenzhen Collection Warehouse", other.GetProperty("detail").GetString());
        await Problems.AssertAsync(await api.PostJson("/api/warehouse/inbound", new { waybillNumber = pending.WaybillNumber, measuredWeightGrams = 300 }), HttpStatusCode.Conflict, "invalid_state");
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, (await App.ParcelByIdAsync(elsewhere.Id)).Status);
    }

    [Fact]
    public async Task Bad_input_names_the_fields_and_an_unknown_waybill_is_not_found()
    {
        using var api = await fixture.WarehouseApi();
        var problem = await Problems.AssertAsync(await api.PostJson("/api/warehouse/inbound", new { waybillNumber = "LP123", measuredWeightGrams = 0 }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("waybillNumber", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("measuredWeightGrams", out _));
        problem = await Problems.AssertAsync(await api.PostJson("/api/warehouse/inbound", new { }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("measuredWeightGrams", out _));
        await Problems.AssertAsync(await api.PostJson("/api/warehouse/inbound", new { waybillNumber = Waybill.Create("LP", 99_999_990, "CN"), measuredWeightGrams = 300 }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_inbound_page_scans_and_answers_json_for_the_scanner_script()
    {
        var parcel = await Parcel(weightGrams: 300);
        using var browser = await fixture.BrowserAs(DemoSeeder.WarehouseEmail);
        var page = await browser.GetAsync("/Warehouse/Inbound");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=waybill-input][autofocus]"));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/Warehouse/Inbound")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.WaybillNumber"] = parcel.WaybillNumber, ["Input.MeasuredWeightGrams"] = "300", ["__RequestVerificationToken"] = page.Token!,
            }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var response = await browser.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var json = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("received", json.GetProperty("outcome").GetString());
        Assert.Equal(parcel.WaybillNumber, json.GetProperty("waybillNumber").GetString());

        var again = await browser.PostAsync("/Warehouse/Inbound", new Dictionary<string, string> { ["Input.WaybillNumber"] = parcel.WaybillNumber, ["Input.MeasuredWeightGrams"] = "300" }, page.Token);
        var html = await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Already received: nothing changed", html);
        Assert.Equal(LogisticsOrderStatus.ReceivedAtWarehouse, (await App.ParcelByIdAsync(parcel.Id)).Status);

        var today = await browser.GetAsync("/Warehouse");
        Assert.Contains(parcel.WaybillNumber, today.Document.QuerySelector("[data-testid=received-today]")!.TextContent);
    }
}
