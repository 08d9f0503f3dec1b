namespace Fulfilment.IntegrationTests.Warehouse;

public sealed class PickupRequestTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private FulfilmentApp App => fixture.App;

    private async Task<LogisticsOrder> RequestedParcel(string warehouseCode = "HZ-COLLECT", string store = DemoSeeder.DemoStoreName)
    {
        var storeId = await App.StoreIdAsync(store);
        await App.FundAsync(storeId, 500m);
        return await App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, warehouseCode: warehouseCode);
    }

    [Fact]
    public async Task Staff_see_their_own_warehouses_requests_pending_first_with_store_sender_and_parcel()
    {
        var mine = await RequestedParcel();
        var decided = await RequestedParcel();
        var other = await RequestedParcel("SZ-COLLECT", DemoSeeder.SecondStoreName);
        using var api = await fixture.WarehouseApi();
        var decidedId = (await App.PickupRequestOfAsync(decided.Id)).Id;
        (await api.PostJson($"/api/warehouse/pickup-requests/{decidedId}/accept", new { })).EnsureSuccessStatusCode();

        var list = await (await api.GetAsync("/api/warehouse/pickup-requests", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        var waybills = items.Select(i => i.GetProperty("parcel").GetProperty("waybillNumber").GetString()).ToList();
        Assert.Contains(mine.WaybillNumber, waybills);
        Assert.DoesNotContain(other.WaybillNumber, waybills);
        Assert.True(waybills.IndexOf(mine.WaybillNumber) < waybills.IndexOf(decided.WaybillNumber), "pending first");
        var item = items.Single(i => i.GetProperty("parcel").GetProperty("waybillNumber").GetString() == mine.WaybillNumber);
        Assert.Equal("Pending", item.GetProperty("status").GetString());
        Assert.Equal(DemoSeeder.DemoStoreName, item.GetProperty("store").GetProperty("name").GetString());
        Assert.Equal(mine.Sender.City, item.GetProperty("senderAddress").GetProperty("city").GetString());
        Assert.Equal(mine.WeightGrams, item.GetProperty("parcel").GetProperty("weightGrams").GetInt32());

        var accepted = await (await api.GetAsync("/api/warehouse/pickup-requests?status=Accepted", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        Assert.All(accepted.GetProperty("items").EnumerateArray(), i => Assert.Equal("Accepted", i.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Accepting_makes_the_parcel_a_door_pickup_and_tells_the_seller()
    {
        var parcel = await RequestedParcel();
        var request = await App.PickupRequestOfAsync(parcel.Id);
        using var api = await fixture.WarehouseApi();

        var answer = await (await api.PostJson($"/api/warehouse/pickup-requests/{request.Id}/accept", new { })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Accepted", answer.GetProperty("status").GetString());
        var after = await App.ParcelByIdAsync(parcel.Id);
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, after.Status);
        Assert.Equal(HandoverMode.DoorPickup, after.HandoverMode);
        Assert.Equal("HZ-COLLECT", after.Warehouse!.Code);
        await using var sellerDb = App.Db(TestActors.Seller(parcel.StoreId));
        var accepted = await sellerDb.TimelineEvents.SingleAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.PickupAccepted, TestContext.Current.CancellationToken);
        Assert.Equal(parcel.OrderId, accepted.OrderId);
        Assert.Equal(DemoSeeder.WarehouseEmail, accepted.Actor);

        var again = await api.PostJson($"/api/warehouse/pickup-requests/{request.Id}/accept", new { });
        await Problems.AssertAsync(again, HttpStatusCode.Conflict, "invalid_state");
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_turns_the_parcel_into_a_self_send_whose_seller_sees_why()
    {
        var parcel = await RequestedParcel();
        var request = await App.PickupRequestOfAsync(parcel.Id);
        using var api = await fixture.WarehouseApi();

        var blank = await api.PostJson($"/api/warehouse/pickup-requests/{request.Id}/reject", new { reason = "  " });
        var problem = await Problems.AssertAsync(blank, HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Equal(PickupRequestStatus.Pending, (await App.PickupRequestOfAsync(parcel.Id)).Status);

        const string Reason = "Outside our collection route this week";
        var answer = await (await api.PostJson($"/api/warehouse/pickup-requests/{request.Id}/reject", new { reason = Reason })).JsonAsync(HttpStatusCode.OK);

        Assert.Equal("Rejected", answer.GetProperty("status").GetString());
        Assert.Equal(Reason, answer.GetProperty("rejectionReason").GetString());
        var after = await App.ParcelByIdAsync(parcel.Id);
        Assert.Equal(HandoverMode.SelfSend, after.HandoverMode);
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, after.Status);
        Assert.Equal("YW-TRANSIT", after.Warehouse!.Code);

        // What the seller's own (store-scoped) view holds: the decision and the reason, on the parcel and the order's timeline.
        await using var sellerDb = App.Db(TestActors.Seller(parcel.StoreId));
        var ct = TestContext.Current.CancellationToken;
        var seen = await sellerDb.LogisticsOrders.Include(l => l.Warehouse).Include(l => l.Lines).SingleAsync(l => l.Id == parcel.Id, ct);
        var pickup = await sellerDb.PickupRequests.SingleAsync(p => p.LogisticsOrderId == parcel.Id, ct);
        var view = LogisticsOrderView.From(seen, pickup);
        Assert.Equal(PickupRequestStatus.Rejected, view.Handover.PickupRequest!.Status);
        Assert.Equal(Reason, view.Handover.PickupRequest.RejectionReason);
        Assert.Equal("YW-TRANSIT", view.Handover.Warehouse.Code);
        var rejected = await sellerDb.TimelineEvents.SingleAsync(e => e.OrderId == parcel.OrderId && e.Kind == TimelineEventKind.PickupRejected, ct);
        Assert.Equal(Reason, rejected.Data["reason"]);
        Assert.Equal("Yiwu Transit Warehouse", rejected.Data["transitWarehouse"]);
        Assert.Equal(parcel.WaybillNumber, rejected.Data["waybill"]);
    }

    [Fact]
    public async Task Another_warehouses_request_is_not_found_and_stays_undecided()
    {
        var parcel = await RequestedParcel("SZ-COLLECT");
        var request = await App.PickupRequestOfAsync(parcel.Id);
        using var api = await fixture.WarehouseApi();

        await Problems.AssertAsync(await api.GetAsync($"/api/warehouse/pickup-requests/{request.Id}", TestContext.Current.CancellationToken), HttpStatusCode.NotFound, "not_found");
        await Problems.AssertAsync(await api.PostJson($"/api/warehouse/pickup-requests/{request.Id}/accept", new { }), HttpStatusCode.NotFound, "not_found");
        await Problems.AssertAsync(await api.PostJson($"/api/warehouse/pickup-requests/{request.Id}/reject", new { reason = "no" }), HttpStatusCode.NotFound, "not_found");
        Assert.Equal(PickupRequestStatus.Pending, (await App.PickupRequestOfAsync(parcel.Id)).Status);

        using var browser = await fixture.BrowserAs(DemoSeeder.WarehouseEmail);
        var page = await browser.GetAsync("/Warehouse/Pickups");
        Assert.DoesNotContain(parcel.WaybillNumber, page.Html);
    }

    [Fact]
    public async Task The_pickups_page_accepts_a_stop_and_rejects_with_a_reason_shown_under_the_field()
    {
        var first = await RequestedParcel();
        var second = await RequestedParcel();
        using var browser = await fixture.BrowserAs(DemoSeeder.WarehouseEmail);
        var page = await browser.GetAsync("/Warehouse/Pickups");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(first.WaybillNumber, page.Text);
        var firstId = (await App.PickupRequestOfAsync(first.Id)).Id;
        var secondId = (await App.PickupRequestOfAsync(second.Id)).Id;

        var missing = await browser.PostAsync("/Warehouse/Pickups?handler=Reject", new Dictionary<string, string> { ["ids"] = secondId.ToString(), ["Reason"] = "" }, page.Token);
        Assert.Equal(HttpStatusCode.OK, missing.StatusCode);
        var html = await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Required.", html);
        Assert.Equal(PickupRequestStatus.Pending, (await App.PickupRequestOfAsync(second.Id)).Status);

        var accepted = await browser.PostAsync("/Warehouse/Pickups?handler=Accept", new Dictionary<string, string> { ["ids"] = firstId.ToString() }, page.Token);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var rejected = await browser.PostAsync("/Warehouse/Pickups?handler=Reject", new Dictionary<string, string> { ["ids"] = secondId.ToString(), ["Reason"] = "Van is full" }, page.Token);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);
        Assert.Equal(PickupRequestStatus.Accepted, (await App.PickupRequestOfAsync(first.Id)).Status);
        Assert.Equal("Van is full", (await App.PickupRequestOfAsync(second.Id)).RejectionReason);
        using (var seller = await fixture.BrowserAs(DemoSeeder.SellerEmail))
        {
            var home = await seller.GetAsync("/");
            Assert.StartsWith("Pickup requests rejected:", home.Document.QuerySelector("[data-testid=next-step] strong")!.TextContent.Trim(), StringComparison.Ordinal);
        }

        // A parcel whose sender lies in the warehouse's range is collected at the door too, without a request.
        var storeId = await App.StoreIdAsync();
        var door = await App.ParcelAsync(storeId, mode: HandoverMode.DoorPickup, warehouseCode: "HZ-COLLECT");
        var elsewhere = await App.ParcelAsync(storeId, mode: HandoverMode.DoorPickup, warehouseCode: "SZ-COLLECT");

        var sheet = await browser.GetAsync("/Warehouse/Pickups/Sheet");
        Assert.Equal(HttpStatusCode.OK, sheet.Status);
        Assert.Contains(first.WaybillNumber, sheet.Text);
        Assert.Contains(door.WaybillNumber, sheet.Text);
        Assert.DoesNotContain(second.WaybillNumber, sheet.Text);
        Assert.DoesNotContain(elsewhere.WaybillNumber, sheet.Text);
    }
}
