namespace Fulfilment.IntegrationTests.Packages;

public sealed class PackagesApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_list_is_newest_first_and_finds_parcels_by_order_or_waybill_number()
    {
        var (first, second, third) = await ThreeParcels();
        using var api = await fixture.SellerApi();

        var all = await (await api.GetAsync("/api/logistics-orders?pageSize=200")).JsonAsync(HttpStatusCode.OK);
        var ids = Ids(all);
        Assert.True(ids.IndexOf(third.Id) < ids.IndexOf(second.Id) && ids.IndexOf(second.Id) < ids.IndexOf(first.Id));
        Assert.Equal(ids.OrderDescending(), ids);

        var byOrder = await (await api.GetAsync($"/api/logistics-orders?orderNumber={second.OrderNumber}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([second.Id], Ids(byOrder));

        // Part of the order number in lower case is found through the orders; two characters, too few for their trigram
        // index, match the parcels' own copy of the number: the same parcels either way.
        foreach (var part in new[] { second.OrderNumber[1..].ToLowerInvariant(), second.OrderNumber[^2..] })
        {
            var byPart = await (await api.GetAsync($"/api/logistics-orders?pageSize=200&orderNumber={Uri.EscapeDataString(part)}")).JsonAsync(HttpStatusCode.OK);
            Assert.Contains(second.Id, Ids(byPart));
            Assert.All(byPart.GetProperty("items").EnumerateArray(), i => Assert.Contains(part, i.GetProperty("orderNumber").GetString()!, StringComparison.OrdinalIgnoreCase));
        }

        // Part of a waybill number, typed in lower case with blanks, still finds it.
        var typed = string.Join(' ', second.WaybillNumber.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        var byWaybill = await (await api.GetAsync($"/api/logistics-orders?waybillNumber={Uri.EscapeDataString(typed)}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal([second.Id], Ids(byWaybill));

        var none = await (await api.GetAsync("/api/logistics-orders?orderNumber=no-such-order")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, none.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task The_list_filters_by_status_and_pages()
    {
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 500m);
        var requested = await fixture.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested);
        await fixture.App.ParcelAsync(storeId);
        using var api = await fixture.SellerApi();

        var pickups = await (await api.GetAsync("/api/logistics-orders?status=PickupRequested")).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(requested.Id, Ids(pickups));
        Assert.All(pickups.GetProperty("items").EnumerateArray(), i => Assert.Equal("PickupRequested", i.GetProperty("status").GetString()));

        var page = await (await api.GetAsync("/api/logistics-orders?page=2&pageSize=1")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, page.GetProperty("page").GetInt32());
        Assert.Equal(1, page.GetProperty("pageSize").GetInt32());
        Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.True(page.GetProperty("total").GetInt32() >= 2);

        var bad = await Problems.AssertAsync(await api.GetAsync("/api/logistics-orders?status=Lost"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(bad.GetProperty("errors").TryGetProperty("status", out _));
    }

    [Fact]
    public async Task One_logistics_order_has_the_contract_shape()
    {
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 500m);
        var parcel = await fixture.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested);
        using var api = await fixture.SellerApi();

        var body = await (await api.GetAsync($"/api/logistics-orders/{parcel.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(parcel.Id, body.GetProperty("id").GetInt64());
        Assert.Equal(parcel.OrderNumber, body.GetProperty("orderNumber").GetString());
        Assert.Equal(parcel.WaybillNumber, body.GetProperty("waybillNumber").GetString());
        Assert.Equal("PickupRequested", body.GetProperty("status").GetString());
        Assert.Equal("PickupRequested", body.GetProperty("handover").GetProperty("mode").GetString());
        Assert.Equal("HZ-COLLECT", body.GetProperty("handover").GetProperty("warehouse").GetProperty("code").GetString());
        Assert.Equal("Pending", body.GetProperty("handover").GetProperty("pickupRequest").GetProperty("status").GetString());
        Assert.Equal("CAINIAO_STANDARD", body.GetProperty("channelCode").GetString());
        Assert.Equal("General", body.GetProperty("goodsType").GetString());
        Assert.Equal(parcel.Freight, body.GetProperty("freight").GetDecimal());
        Assert.Equal(parcel.Charged, body.GetProperty("charged").GetDecimal());
        Assert.False(body.GetProperty("noticeFiled").GetBoolean());
        Assert.Equal(0, body.GetProperty("labelPrintCount").GetInt32());
        Assert.Equal(JsonValueKind.String, body.GetProperty("createdAt").ValueKind);
    }

    [Fact]
    public async Task Another_stores_parcel_is_not_found_and_a_batch_naming_it_prints_nothing()
    {
        var storeId = await fixture.App.StoreIdAsync();
        var otherStoreId = await fixture.App.StoreIdAsync(DemoData.DemoSeeder.SecondStoreName);
        await fixture.App.FundAsync(storeId, 500m);
        await fixture.App.FundAsync(otherStoreId, 500m);
        var mine = await fixture.App.ParcelAsync(storeId);
        var theirs = await fixture.App.ParcelAsync(otherStoreId, channelCode: "CAINIAO_STANDARD");
        using var api = await fixture.SellerApi();

        await Problems.AssertAsync(await api.GetAsync($"/api/logistics-orders/{theirs.Id}"), HttpStatusCode.NotFound, "not_found");
        await Problems.AssertAsync(await api.GetAsync($"/api/logistics-orders/{theirs.Id}/label"), HttpStatusCode.NotFound, "not_found");
        await Problems.AssertAsync(await api.PostJson("/api/labels", new { logisticsOrderIds = new[] { mine.Id, theirs.Id } }), HttpStatusCode.NotFound, "not_found");
        Assert.DoesNotContain(theirs.Id, Ids(await (await api.GetAsync("/api/logistics-orders?pageSize=200")).JsonAsync(HttpStatusCode.OK)));

        // The whole batch failed: not even the store's own parcel counts as printed.
        await using var db = fixture.App.Db();
        Assert.Equal(0, db.LogisticsOrders.Single(l => l.Id == mine.Id).LabelPrintCount);
        Assert.Equal(0, db.LogisticsOrders.Single(l => l.Id == theirs.Id).LabelPrintCount);
        Assert.False(db.TimelineEvents.Any(e => e.LogisticsOrderId == mine.Id && e.Kind == Timeline.TimelineEventKind.LabelPrinted));
    }

    private async Task<(LogisticsOrder, LogisticsOrder, LogisticsOrder)> ThreeParcels()
    {
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 500m);
        return (await fixture.App.ParcelAsync(storeId), await fixture.App.ParcelAsync(storeId), await fixture.App.ParcelAsync(storeId));
    }

    private static List<long> Ids(JsonElement page) => [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64())];
}
