namespace Fulfilment.IntegrationTests.Warehouse;

public sealed class InboundRaceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Two_desks_scanning_the_same_parcel_at_once_receive_it_and_charge_it_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 500m);
        var parcel = await fixture.App.ParcelAsync(storeId, weightGrams: 300);
        using var first = await fixture.WarehouseApi();
        using var second = await fixture.WarehouseApi();

        var answers = await Task.WhenAll(
            first.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 900 }),
            second.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 900 }));

        var bodies = await Task.WhenAll(answers.Select(a => a.JsonAsync(HttpStatusCode.OK)));
        Assert.Single(bodies, b => !b.GetProperty("alreadyReceived").GetBoolean());
        Assert.Single(bodies, b => b.GetProperty("alreadyReceived").GetBoolean());
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.FreightLedger.CountAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == LedgerEntryKind.Adjustment, ct));
        Assert.Equal(1, await db.TimelineEvents.CountAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.ReceivedAtWarehouse, ct));
        Assert.Equal(LogisticsOrderStatus.ReceivedAtWarehouse, (await db.LogisticsOrders.SingleAsync(l => l.Id == parcel.Id, ct)).Status);
        var (balance, sum) = await fixture.App.MoneyAsync(storeId);
        Assert.Equal(sum, balance);
    }

    [Fact]
    public async Task A_repeated_idempotency_key_replays_the_first_answer()
    {
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 500m);
        var parcel = await fixture.App.ParcelAsync(storeId, weightGrams: 300);
        using var api = await fixture.WarehouseApi();
        api.DefaultRequestHeaders.Add("Idempotency-Key", $"scan-{parcel.WaybillNumber}");

        var first = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 700 })).JsonAsync(HttpStatusCode.OK);
        var replay = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 700 })).JsonAsync(HttpStatusCode.OK);

        Assert.False(replay.GetProperty("alreadyReceived").GetBoolean());
        Assert.Equal(first.GetProperty("freightAdjustment").GetDecimal(), replay.GetProperty("freightAdjustment").GetDecimal());
        await Problems.AssertAsync(await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 701 }), HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
    }
}
