namespace Fulfilment.EndToEnd.Warehouse;

public sealed class WarehouseConsoleTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task Staff_accept_one_request_reject_another_and_scan_a_parcel_with_a_new_weight()
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 1000m);
        var accept = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, weightGrams: 640);
        var reject = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, weightGrams: 380);
        var third = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, weightGrams: 910);
        var scan = await app.App.ParcelAsync(storeId, weightGrams: 300);
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.WarehouseEmail);

        await page.GotoAsync("/Warehouse/Pickups");
        var acceptRow = page.Locator($"[data-testid=pickup-request][data-waybill={accept.WaybillNumber}]");
        await acceptRow.GetByTestId("accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-waybill={accept.WaybillNumber}]")).ToHaveCountAsync(0);

        await page.Locator($"[data-testid=pickup-request][data-waybill={reject.WaybillNumber}]").GetByTestId("reject").ClickAsync();
        var reason = page.Locator($"#request-{(await app.App.PickupRequestOfAsync(reject.Id)).Id}-reject");
        await reason.GetByTestId("reject-reason").FillAsync("Outside our collection route this week");
        await Screenshots.SaveAsync(page, "warehouse-pickups");
        await reason.GetByTestId("reject-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator($"[data-waybill={third.WaybillNumber}]")).ToHaveCountAsync(1);

        await page.GetByTestId("status-Rejected").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-waybill={reject.WaybillNumber}] [data-testid=rejection-reason]")).ToContainTextAsync("Outside our collection route");

        await page.GotoAsync("/Warehouse/Pickups/Sheet");
        await Assertions.Expect(page.GetByTestId("sheet-stop")).ToContainTextAsync(accept.WaybillNumber);
        await Screenshots.SaveAsync(page, "warehouse-pickup-sheet");

        await page.GotoAsync("/Warehouse/Inbound");
        var waybill = page.GetByTestId("waybill-input");
        await Assertions.Expect(waybill).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(scan.WaybillNumber);
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("weight-input")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("820");
        await page.Keyboard.PressAsync("Enter");
        var result = page.GetByTestId("scan-result");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-outcome", "received");
        await Assertions.Expect(result).ToContainTextAsync("charged to the seller");
        await Assertions.Expect(waybill).ToBeFocusedAsync();

        // The same parcel again (weight first this time), then a parcel that is not this warehouse's.
        await page.GetByTestId("weight-input").FillAsync("820");
        await waybill.FillAsync(scan.WaybillNumber);
        await waybill.PressAsync("Enter");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-outcome", "alreadyReceived");
        await waybill.FillAsync(reject.WaybillNumber);
        await waybill.PressAsync("Enter");
        await page.Keyboard.TypeAsync("380");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(result).ToHaveAttributeAsync("data-outcome", "refused");
        await Assertions.Expect(result).ToContainTextAsync("Yiwu Transit Warehouse");
        await Assertions.Expect(page.Locator("#scan-list tr")).ToHaveCountAsync(3);
        await Screenshots.SaveAsync(page, "warehouse-inbound");
        Assert.Equal(LogisticsOrderStatus.ReceivedAtWarehouse, (await app.App.ParcelByIdAsync(scan.Id)).Status);
        var (balance, sum) = await app.App.MoneyAsync(storeId);
        Assert.Equal(sum, balance);

        await page.GetByTestId("tab-today").ClickAsync();
        await Assertions.Expect(page.GetByTestId("received-today")).ToContainTextAsync(scan.WaybillNumber);
        await Assertions.Expect(page.GetByTestId("to-collect")).ToContainTextAsync(accept.WaybillNumber);
        await Screenshots.SaveAsync(page, "warehouse-today");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_inbound_desk_reads_well_in_chinese()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.WarehouseEmail, "zh-CN");
        await page.GotoAsync("/Warehouse/Inbound");
        await page.GetByTestId("waybill-input").FillAsync("LP123");
        await page.GetByTestId("weight-input").FillAsync("100");
        await page.GetByTestId("weight-input").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("scan-result")).ToHaveAttributeAsync("data-outcome", "refused");
        await Assertions.Expect(page.GetByTestId("scan-result")).ToContainTextAsync("运单号");
        await Screenshots.SaveAsync(page, "warehouse-inbound-zh");
        await page.Context.CloseAsync();
    }
}
