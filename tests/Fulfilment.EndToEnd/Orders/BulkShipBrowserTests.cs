namespace Fulfilment.EndToEnd.Orders;

/// <summary>
/// Bulk work from the inbox in a real Chromium: select orders, preview each one's quote, confirm the total once, watch the
/// progress and read a result per order; then print the new labels from the inbox in one file.
/// </summary>
public sealed class BulkShipBrowserTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly int[] Widths = [1920, 1366, 1280, 768];

    [Fact]
    public async Task The_seller_selects_orders_previews_confirms_once_and_reads_each_result()
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 2000m);
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.GotoAsync("/Orders");
        var ship = page.GetByTestId("bulk-ship");
        await Assertions.Expect(ship).ToBeDisabledAsync();

        var boxes = page.GetByTestId("select-order");
        for (var i = 0; i < 4; i++)
        {
            await boxes.Nth(i).CheckAsync();
        }

        await Assertions.Expect(page.Locator("#bulk-selection")).ToHaveTextAsync("4 selected");
        await Screenshots.SaveAsync(page, "orders-bulk-selected");
        await ship.ClickAsync();

        await Journey.ArriveAsync(page, "/Orders/Bulk");
        await Assertions.Expect(page.GetByTestId("bulk-candidate")).ToHaveCountAsync(4);
        var eligible = await page.Locator("[data-testid=bulk-candidate][data-eligible=true]").CountAsync();
        Assert.True(eligible > 0, "no selected order can ship with its buyer's channel");
        var total = (await page.GetByTestId("bulk-total").TextContentAsync())!.Trim();
        foreach (var width in Widths)
        {
            await page.SetViewportSizeAsync(width, 900);
            Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        }

        await page.SetViewportSizeAsync(1440, 900);
        await Journey.ShotAsync(page, "orders-bulk-preview");

        // The agreement is checked before the confirmation opens.
        await page.GetByTestId("bulk-confirm").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("bulk-agreement")).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("bulk-agreement")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.GetByTestId("bulk-agreement").CheckAsync();
        await page.GetByTestId("bulk-confirm").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog-message")).ToContainTextAsync(total);
        await page.GetByTestId("confirm-ok").ClickAsync();

        await Assertions.Expect(page.GetByTestId("bulk-results")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Assertions.Expect(page.GetByTestId("bulk-result")).ToHaveCountAsync(4);
        await Assertions.Expect(page.GetByTestId("bulk-waybill")).ToHaveCountAsync(eligible);
        await Assertions.Expect(page.GetByTestId("bulk-summary")).ToContainTextAsync($"Logistics orders created: {eligible}.");
        await Journey.ShotAsync(page, "orders-bulk-results");

        // The new parcels' labels, printed from the inbox in one PDF.
        var shipped = await page.Locator("[data-testid=bulk-result][data-created=true]").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.order)");
        await page.GotoAsync("/Orders?status=All&sort=-placed");
        await Assertions.Expect(page.GetByTestId("sort-Placed").Locator("xpath=ancestor::th")).ToHaveAttributeAsync("aria-sort", "descending");
        foreach (var number in shipped)
        {
            var row = page.Locator($"[data-testid=order-row][data-order='{number}']");
            if (await row.CountAsync() > 0)
            {
                await row.GetByTestId("select-order").CheckAsync();
            }
        }

        if (await page.Locator("[data-testid=select-order]:checked").CountAsync() > 0)
        {
            var (pdf, _) = await Journey.DownloadAsync(page, () => page.GetByTestId("bulk-print").ClickAsync());
            Assert.True(Journey.PdfPages(pdf) >= 1);
        }

        await page.Context.CloseAsync();
    }
}
