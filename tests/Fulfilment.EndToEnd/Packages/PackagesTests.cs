namespace Fulfilment.EndToEnd.Packages;

public sealed class PackagesTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_seller_finds_parcels_prints_a_batch_of_labels_and_opens_the_details()
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 1000m);
        var parcels = new List<LogisticsOrder>();
        for (var i = 0; i < 6; i++)
        {
            parcels.Add(await app.App.ParcelAsync(storeId, mode: i == 4 ? HandoverMode.PickupRequested : HandoverMode.DoorPickup, weightGrams: 180 + (i * 70)));
        }

        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.GetByTestId("nav-packages").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("International small packages");
        await Assertions.Expect(page.GetByTestId("package-row")).ToHaveCountAsync(6);

        // Select with the keyboard: focus the first row's box, Space ticks it; then the select-all box ticks the page.
        var firstBox = page.GetByTestId("package-row").First.Locator("input[name=ids]");
        await firstBox.FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await Assertions.Expect(firstBox).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync("1 selected");
        await page.GetByTestId("select-all").CheckAsync();
        await Assertions.Expect(page.Locator("#selection-count")).ToHaveTextAsync("6 selected");
        await Screenshots.SaveAsync(page, "packages");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("print-selected").ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), $"labels-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        var pdf = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(pdf, 0, 4), StringComparison.Ordinal);
        Assert.Equal(6, PdfTools.PageCount(pdf));
        await Assertions.Expect(page.Locator(".batch-progress-text")).ToContainTextAsync("6 labels downloaded");
        await Screenshots.SaveAsync(page, "packages-printed");

        // The unprinted tab is empty now, and says so.
        await page.GetByTestId("tab-unprinted").ClickAsync();
        await Assertions.Expect(page.GetByTestId("empty-state")).ToBeVisibleAsync();

        // Details of the parcel waiting for a pickup decision.
        var requested = parcels[4];
        await page.GotoAsync("/Packages");
        await page.GetByRole(AriaRole.Link, new() { Name = requested.WaybillNumber, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("waybill-number")).ToHaveTextAsync(requested.WaybillNumber);
        await Assertions.Expect(page.GetByTestId("print-count")).ToHaveTextAsync("1");

        // The label shows as a picture on the page; looking at it (and reloading) prints nothing.
        var preview = page.GetByTestId("label-preview");
        await preview.ScrollIntoViewIfNeededAsync();
        await Assertions.Expect(preview).ToHaveAttributeAsync("alt", $"Preview of the cargo label of {requested.WaybillNumber}");
        await page.WaitForFunctionAsync("() => { const i = document.querySelector('[data-testid=label-preview]'); return i.complete && i.naturalWidth > 0; }");
        var box = await preview.BoundingBoxAsync();
        Assert.True(box is { Width: > 150 } && Math.Abs((box.Height / box.Width) - 1.5) < 0.05, $"The preview is {box?.Width}×{box?.Height}, not a 2:3 label.");
        await Journey.ShotAsync(page, "package-details-label-preview", readme: false);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("print-count")).ToHaveTextAsync("1");

        // Print says it opens the PDF in a new tab, and does: a one-page PDF, counted as a print.
        var print = page.GetByTestId("print-label-pdf");
        await Assertions.Expect(print).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("Print shipping label.*PDF, opens in a new tab"));
        await Assertions.Expect(page.GetByTestId("print-label")).ToHaveAccessibleNameAsync(new System.Text.RegularExpressions.Regex("PDF, opens in a new tab"));
        var (file, type) = await Journey.OpenedFileAsync(page, () => print.ClickAsync(), "**/Packages/*/Label");
        Assert.Equal("application/pdf", type);
        Assert.Equal(1, Journey.PdfPages(file));
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("print-count")).ToHaveTextAsync("2");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_packages_page_reads_in_chinese()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail, "zh-CN");
        await page.GotoAsync("/Packages");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("国际小包");
        await Screenshots.SaveAsync(page, "packages-zh");
        await page.Context.CloseAsync();
    }
}
