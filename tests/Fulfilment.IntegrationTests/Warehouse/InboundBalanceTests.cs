namespace Fulfilment.IntegrationTests.Warehouse;

/// <summary>
/// A heavier parcel's extra freight at the inbound scan: prepaid credit first, the rest withheld from the bound account.
/// A store of its own (the second demo store, in a database of its own) whose credit the test controls to the cent.
/// </summary>
public sealed class InboundBalanceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_weight_adjustment_the_bound_account_declines_holds_the_parcel_and_a_good_account_then_pays_it_by_withholding()
    {
        var app = fixture.App;
        var ct = TestContext.Current.CancellationToken;
        var storeId = await app.StoreIdAsync(DemoSeeder.SecondStoreName);
        var (_, country) = await app.NextOrderAsync(storeId);
        await using (var db = app.Db())
        {
            var channel = await db.Channels.SingleAsync(c => c.Code == "CAINIAO_STANDARD", ct);
            // Exactly what the parcel costs, so the prepaid credit is 0.00 once it is created.
            await app.FundAsync(storeId, await app.FreightAsync("CAINIAO_STANDARD", country, 300) + channel.ReturnServiceFee);
        }

        var parcel = await app.ParcelAsync(storeId, weightGrams: 300);
        Assert.Equal(0m, (await app.MoneyAsync(storeId)).Balance);
        await app.BindAsync(storeId, PaymentMethod.BankCard, "4000000000000002");
        var missing = await app.FreightAsync("CAINIAO_STANDARD", country, 1500) - await app.FreightAsync("CAINIAO_STANDARD", country, 300);
        using var api = await fixture.WarehouseApi();

        var refused = await Problems.AssertAsync(
            await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1500 }),
            HttpStatusCode.Conflict,
            "deduction_declined");

        Assert.Equal(missing, refused.GetProperty("missingAmount").GetDecimal());
        Assert.Contains("not received", refused.GetProperty("detail").GetString());
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, (await app.ParcelByIdAsync(parcel.Id)).Status);
        Assert.Equal((0m, 0m), await app.MoneyAsync(storeId));

        // The seller learns why the parcel waits: on the dashboard, the parcel's page and its timeline (once, however
        // often staff rescan at the same weight).
        await Problems.AssertAsync(
            await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1500 }),
            HttpStatusCode.Conflict,
            "deduction_declined");
        await using (var db = app.Db())
        {
            var holds = await db.TimelineEvents.Where(e => e.LogisticsOrderId == parcel.Id && e.Kind == Fulfilment.Timeline.TimelineEventKind.HeldForBalance)
                .ToListAsync(ct);
            var hold = Assert.Single(holds);
            Assert.Equal(missing.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), hold.Data["amount"]);
        }

        using var seller = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var dashboard = await seller.GetAsync("/");
        Assert.Contains("Parcels held at the warehouse: 1.", dashboard.Document.QuerySelector("[data-testid=next-step]")?.TextContent);
        Assert.Contains($"{missing:0.00} CNY", dashboard.Document.QuerySelector("[data-testid=next-step]")?.TextContent);
        Assert.Contains("declined by your bound account", dashboard.Document.QuerySelector("[data-testid=next-step]")?.TextContent);
        var details = await seller.GetAsync($"/Packages/{parcel.Id}");
        Assert.Contains("1,500 g", details.Document.QuerySelector("[data-testid=held-for-balance]")?.TextContent);
        Assert.Contains("rebind another account or add prepaid credit", details.Document.QuerySelector("[data-testid=timeline]")?.TextContent);

        // With a good account bound, the scan withholds the extra freight: no top-up needed.
        await app.BindAsync(storeId, PaymentMethod.Alipay, "13800138000");
        var received = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1500 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(missing, received.GetProperty("freightAdjustment").GetDecimal());
        Assert.Equal((0m, 0m), await app.MoneyAsync(storeId));
        await using (var db = app.Db())
        {
            var entries = await db.FreightLedger.Where(e => e.LogisticsOrderId == parcel.Id).OrderBy(e => e.Id).ToListAsync(ct);
            Assert.Equal(LedgerEntryKind.Withholding, entries[^2].Kind);
            Assert.Equal(missing, entries[^2].Amount);
            Assert.Equal(LedgerEntryKind.Adjustment, entries[^1].Kind);
            Assert.Equal(-missing, entries[^1].Amount);
        }

        // Scanning again changes nothing and withholds nothing more.
        var again = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1500 })).JsonAsync(HttpStatusCode.OK);
        Assert.True(again.GetProperty("alreadyReceived").GetBoolean());
        await using (var db = app.Db())
        {
            Assert.Equal(1, await db.FreightLedger.CountAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == LedgerEntryKind.Withholding, ct));
        }

        Assert.Null((await seller.GetAsync($"/Packages/{parcel.Id}")).Document.QuerySelector("[data-testid=held-for-balance]"));
        Assert.DoesNotContain("Parcels held at the warehouse", (await seller.GetAsync("/")).Html);
    }
}
