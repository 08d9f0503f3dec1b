using System.Net;
using Fulfilment.DemoData;
using Fulfilment.Shipping;
using Fulfilment.Testing;
using Microsoft.EntityFrameworkCore;

namespace Fulfilment.IntegrationTests.Warehouse;

/// <summary>A store of its own (the second demo store, in a database of its own) whose balance the test controls to the cent.</summary>
public sealed class InboundBalanceTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_charge_the_balance_cannot_cover_refuses_the_scan_and_changes_nothing_until_the_seller_tops_up()
    {
        var app = fixture.App;
        var storeId = await app.StoreIdAsync(DemoSeeder.SecondStoreName);
        var (_, country) = await app.NextOrderAsync(storeId);
        await using (var db = app.Db())
        {
            var channel = await db.Channels.SingleAsync(c => c.Code == "CAINIAO_STANDARD", TestContext.Current.CancellationToken);
            // Exactly what the parcel costs, so the balance is 0.00 once it is created.
            await app.FundAsync(storeId, await app.FreightAsync("CAINIAO_STANDARD", country, 300) + channel.ReturnServiceFee);
        }

        var parcel = await app.ParcelAsync(storeId, weightGrams: 300);
        Assert.Equal(0m, (await app.MoneyAsync(storeId)).Balance);
        var missing = await app.FreightAsync("CAINIAO_STANDARD", country, 1500) - await app.FreightAsync("CAINIAO_STANDARD", country, 300);
        using var api = await fixture.WarehouseApi();

        var refused = await Problems.AssertAsync(
            await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1500 }),
            HttpStatusCode.Conflict,
            "insufficient_balance");

        Assert.Equal(missing, refused.GetProperty("missingAmount").GetDecimal());
        Assert.Contains("not received", refused.GetProperty("detail").GetString());
        Assert.Equal(LogisticsOrderStatus.AwaitingHandover, (await app.ParcelByIdAsync(parcel.Id)).Status);
        var (balance, sum) = await app.MoneyAsync(storeId);
        Assert.Equal(0m, balance);
        Assert.Equal(sum, balance);

        // The seller learns why the parcel waits: on the dashboard, the parcel's page and its timeline (once, however
        // often staff rescan at the same weight).
        await Problems.AssertAsync(
            await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1500 }),
            HttpStatusCode.Conflict,
            "insufficient_balance");
        await using (var db = app.Db())
        {
            var holds = await db.TimelineEvents.Where(e => e.LogisticsOrderId == parcel.Id && e.Kind == Fulfilment.Timeline.TimelineEventKind.HeldForBalance)
                .ToListAsync(TestContext.Current.CancellationToken);
            var hold = Assert.Single(holds);
            Assert.Equal(missing.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), hold.Data["amount"]);
        }

        using var seller = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var dashboard = await seller.GetAsync("/");
        Assert.Contains("Parcels held at the warehouse: 1.", dashboard.Document.QuerySelector("[data-testid=next-step]")?.TextContent);
        Assert.Contains($"{missing:0.00} CNY", dashboard.Document.QuerySelector("[data-testid=next-step]")?.TextContent);
        var details = await seller.GetAsync($"/Packages/{parcel.Id}");
        Assert.Contains("1,500 g", details.Document.QuerySelector("[data-testid=held-for-balance]")?.TextContent);
        Assert.Contains("waits there until you top up", details.Document.QuerySelector("[data-testid=timeline]")?.TextContent);

        await app.FundAsync(storeId, missing);
        var received = await (await api.PostJson("/api/warehouse/inbound", new { waybillNumber = parcel.WaybillNumber, measuredWeightGrams = 1500 })).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(missing, received.GetProperty("freightAdjustment").GetDecimal());
        (balance, sum) = await app.MoneyAsync(storeId);
        Assert.Equal(0m, balance);
        Assert.Equal(sum, balance);
        Assert.Null((await seller.GetAsync($"/Packages/{parcel.Id}")).Document.QuerySelector("[data-testid=held-for-balance]"));
        Assert.DoesNotContain("Parcels held at the warehouse", (await seller.GetAsync("/")).Html);
    }
}
