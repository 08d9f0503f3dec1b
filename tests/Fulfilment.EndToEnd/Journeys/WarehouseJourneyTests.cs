using Fulfilment.FreightAccounts;

namespace Fulfilment.EndToEnd.Journeys;

/// <summary>A shift at the Hangzhou collection warehouse: decide the day's pickup requests, then scan parcels in.</summary>
public sealed class WarehouseJourneyTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Staff_accept_one_pickup_reject_another_with_a_reason_and_scan_a_parcel_in_with_a_new_weight()
    {
        // Sellers' parcels as online shipping leaves them: two pickup requests for this warehouse, one door pickup.
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 1000m);
        var accept = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT", weightGrams: 640);
        var reject = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT", weightGrams: 380);
        var scan = await app.App.ParcelAsync(storeId, weightGrams: 300);
        var country = (await app.App.ParcelByIdAsync(scan.Id)).Recipient.CountryCode;
        var extra = await app.App.FreightAsync(scan.ChannelCode, country, 820) - await app.App.FreightAsync(scan.ChannelCode, country, 300);

        var page = await Journey.SignInAsync(browser, app, DemoSeeder.WarehouseEmail);
        await Assertions.Expect(page.GetByTestId("stat-pending-pickups")).ToHaveTextAsync("2");
        await Journey.ShotAsync(page, "warehouse-dashboard");

        // Pickup requests: accept one, reject the other with a reason the seller will read.
        await page.GetByTestId("nav-pickups").ClickAsync();
        await Journey.ArriveAsync(page, "/Warehouse/Pickups");
        await Assertions.Expect(page.GetByTestId("pickup-request")).ToHaveCountAsync(2);
        await Journey.ShotAsync(page, "warehouse-pickups");
        await Row(page, accept).GetByTestId("accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("Accepted.");
        await Assertions.Expect(Row(page, accept)).ToHaveCountAsync(0);

        // The reason is typed once its form has opened (not while it slides open), and the rejection's own message is
        // awaited: the acceptance's message may still be showing.
        await Row(page, reject).GetByTestId("reject").ClickAsync();
        var rejection = page.Locator($"#request-{(await app.App.PickupRequestOfAsync(reject.Id)).Id}-reject");
        await Assertions.Expect(rejection).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bshow\b"));
        var reason = rejection.GetByTestId("reject-reason");
        await reason.FillAsync("Our van does not reach this district this week");
        await rejection.GetByTestId("reject-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("Rejected.");
        await Assertions.Expect(page.GetByTestId("pickup-request")).ToHaveCountAsync(0);
        await page.GetByTestId("status-Rejected").ClickAsync();
        await Assertions.Expect(Row(page, reject).GetByTestId("rejection-reason")).ToContainTextAsync("does not reach this district");
        Assert.Equal(HandoverMode.SelfSend, (await app.App.ParcelByIdAsync(reject.Id)).HandoverMode);

        // Inbound: the scanner types the waybill and Enter, then the measured weight and Enter.
        await page.GetByTestId("nav-inbound").ClickAsync();
        await Journey.ArriveAsync(page, "/Warehouse/Inbound");
        await Assertions.Expect(page.GetByTestId("waybill-input")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(scan.WaybillNumber);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("weight-input")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("820");
        await page.Keyboard.PressAsync("Enter");
        var result = page.GetByTestId("scan-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-outcome", "received");
        await Assertions.Expect(result).ToContainTextAsync($"{extra:0.00} CNY freight charged to the seller");
        await Journey.ShotAsync(page, "warehouse-inbound");

        // The seller's ledger carries the adjustment; the day's page lists the parcel as received.
        await using (var db = app.App.Db())
        {
            var adjustment = await db.FreightLedger.SingleAsync(e => e.LogisticsOrderId == scan.Id && e.Kind == LedgerEntryKind.Adjustment, TestContext.Current.CancellationToken);
            Assert.Equal(-extra, adjustment.Amount);
        }

        var (balance, sum) = await app.App.MoneyAsync(storeId);
        Assert.Equal(sum, balance);
        await page.GetByTestId("tab-today").ClickAsync();
        await Assertions.Expect(page.GetByTestId("received-today")).ToContainTextAsync(scan.WaybillNumber);
        await Assertions.Expect(page.GetByTestId("to-collect")).ToContainTextAsync(accept.WaybillNumber);
        await Journey.ShotAsync(page, "warehouse-today");
        await page.Context.CloseAsync();
    }

    private static ILocator Row(IPage page, LogisticsOrder parcel) => page.Locator($"[data-testid=pickup-request][data-waybill={parcel.WaybillNumber}]");
}
