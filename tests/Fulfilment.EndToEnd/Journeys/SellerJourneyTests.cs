using System.Text.RegularExpressions;

namespace Fulfilment.EndToEnd.Journeys;

/// <summary>
/// A new seller's first day, clicked through as a person would: from the first sign-in to an order shipped in two
/// parcels, with the money, the waybill, the label and the notices along the way.
/// </summary>
public sealed class SellerJourneyTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_new_seller_binds_and_with_no_top_up_ships_an_order_in_two_parcels_and_confirms_it_complete()
    {
        var order = await ThreeLineOrderAsync();
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail, loginShot: "login");

        // The dashboard says what to do first: bind the freight deduction account.
        var nextStep = page.GetByTestId("next-step");
        await Assertions.Expect(nextStep).ToContainTextAsync("bind your freight deduction account");
        await Journey.ShotAsync(page, "seller-dashboard-first-day", readme: false);
        await nextStep.GetByRole(AriaRole.Link, new() { Name = "Bind account" }).ClickAsync();
        await Journey.ArriveAsync(page, "/FreightAccount");

        // A mistyped number is refused next to the field; the right one binds the account.
        await page.GetByLabel("Alipay").CheckAsync(new() { Force = true });
        await page.GetByLabel("Account holder name").FillAsync("Wang Fang");
        await page.GetByLabel("Account number").FillAsync("138001380");
        await page.GetByTestId("bind-submit").ClickAsync();
        var message = await Journey.FieldErrorAsync(page, page.GetByLabel("Account number"), "Bind.AccountNumber");
        Assert.Contains("Alipay", message, StringComparison.Ordinal);
        await Journey.ShotAsync(page, "freight-account-error", readme: false);
        await page.GetByLabel("Account number").FillAsync("13800138000");
        await page.GetByTestId("bind-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-masked")).ToHaveTextAsync(new Regex(@"\*+\s?8000$"));

        // Binding is enough: the page says charges are withheld from the bound account; prepaid credit is optional.
        await Assertions.Expect(page.GetByTestId("withholding-explained")).ToContainTextAsync("withheld from the bound account");
        await Assertions.Expect(page.GetByTestId("balance")).ToContainTextAsync("0.00");
        await Journey.ShotAsync(page, "freight-account");

        // Transaction › All orders: find the order and click its Shipping (发货) button, then choose Online shipping.
        await page.GetByTestId("nav-orders").ClickAsync();
        await Journey.ArriveAsync(page, "/Orders");
        await Assertions.Expect(page.GetByTestId("tab-All")).ToHaveClassAsync(new Regex(@"\bactive\b"));
        await Assertions.Expect(page.GetByTestId("order-row").First).ToBeVisibleAsync();
        await Journey.ShotAsync(page, "orders");
        await page.GetByTestId("search").FillAsync(order.OrderNumber);
        await page.GetByTestId("search").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("order-row")).ToHaveCountAsync(1);
        await page.GetByTestId("order-row").GetByTestId("action-ship").ClickAsync();
        await Journey.ArriveAsync(page, $"/Orders/{order.OrderNumber}/Ship");
        await Assertions.Expect(page.GetByTestId("ship-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("ship-complete")).ToHaveCountAsync(0);
        await Journey.ShotAsync(page, "ship-page");
        await page.GetByTestId("ship-online").ClickAsync();

        // Step 1: the buyer's channel is preselected; another one needs the dispute warning confirmed.
        await Journey.ArriveAsync(page, "/Channel");
        await Assertions.Expect(page.Locator($"[data-testid=channel-{order.BuyerChannelCode}] input")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByTestId("mismatch-warning")).ToBeHiddenAsync();
        await page.GetByTestId($"channel-{OtherChannel}").ClickAsync();
        await Assertions.Expect(page.GetByTestId("mismatch-warning")).ToBeVisibleAsync();
        await page.GetByTestId("confirm-mismatch").CheckAsync();
        await Journey.ShotAsync(page, "shipping-channel");
        await page.GetByTestId("channel-next").ClickAsync();

        // Step 2: only the first line goes into this parcel; a weight above the channel's limit would be flagged at once.
        await Journey.ArriveAsync(page, "/Create");
        await Assertions.Expect(page.GetByTestId("mismatch-notice")).ToBeVisibleAsync();
        foreach (var line in order.Lines.Skip(1))
        {
            await page.GetByTestId($"line-{line.Sku}").GetByLabel("Quantity").FillAsync("0");
        }

        await Assertions.Expect(page.GetByTestId("contents")).ToHaveValueAsync(order.Lines[0].Title);
        await Journey.SettledAsync(page);
        var packedWeight = await page.GetByTestId("weight").InputValueAsync();
        Assert.Equal(order.Lines[0].WeightGrams * order.Lines[0].Quantity, int.Parse(packedWeight, System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByTestId("weight").FillAsync("2500");
        await Assertions.Expect(page.GetByTestId("weight-warning")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("weight")).ToHaveClassAsync(new Regex(@"\bis-invalid\b"));
        await page.GetByTestId("weight").FillAsync(packedWeight);
        await Assertions.Expect(page.GetByTestId("weight-warning")).ToBeHiddenAsync();
        await Assertions.Expect(page.GetByTestId("weight")).Not.ToHaveClassAsync(new Regex(@"\bis-invalid\b"));
        await page.GetByTestId("undeliverable-return").ClickAsync();

        // The agreement's name opens its versioned text in a dialog; then the seller ticks the box.
        await page.GetByTestId("agreement-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("agreement-dialog")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("agreement-dialog")).ToContainTextAsync("Online Shipping User Agreement");
        await Journey.ShotAsync(page, "shipping-agreement");
        await page.GetByTestId("agreement-close").ClickAsync();
        await Assertions.Expect(page.GetByTestId("agreement-dialog")).ToBeHiddenAsync();
        await page.GetByTestId("agreement").CheckAsync();
        await Journey.SettledAsync(page);
        await Journey.ShotAsync(page, "shipping-create");
        var total = (await page.GetByTestId("summary-total").InnerTextAsync()).Trim();
        await page.GetByTestId("submit-shipment").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog-message")).ToContainTextAsync($"{total} will be deducted");
        await page.GetByTestId("confirm-ok").ClickAsync();

        // Step 3: the waybill number, and the label prints as a PDF.
        await Journey.ArriveAsync(page, "/Shipping/Created/");
        var waybill = page.GetByTestId("waybill-number");
        await Assertions.Expect(waybill).ToHaveTextAsync(new Regex("^LP[0-9]{9}CN$"));
        var firstWaybill = (await waybill.InnerTextAsync()).Trim();
        await Journey.ShotAsync(page, "shipping-created");
        var (label, contentType) = await Journey.OpenedFileAsync(page, () => page.GetByTestId("print-label").ClickAsync(), "**/Packages/*/Label");
        Assert.StartsWith("application/pdf", contentType, StringComparison.Ordinal);
        Assert.Equal(1, Journey.PdfPages(label));
        Assert.Contains(firstWaybill, PdfTools.Squeeze(PdfTools.Text(label)), StringComparison.Ordinal);
        Screenshots.SaveForReadme("label", PdfTools.Png(label, dpi: 110));

        // Hand-over done: file the shipping notice for this parcel; the order is partially shipped.
        await page.GetByTestId("back-to-order").ClickAsync();
        await Journey.ArriveAsync(page, $"/Orders/{order.OrderNumber}");
        await FileNoticeAsync(page, firstWaybill);
        await Assertions.Expect(StatusOf(page)).ToHaveAttributeAsync("data-status", nameof(OrderStatus.PartiallyShipped));

        // Ship more: a second parcel with the buyer's channel, again with fewer units than are left.
        await page.GetByTestId("order-actions").GetByTestId("action-online-shipping").ClickAsync();
        await Journey.ArriveAsync(page, "/Channel");
        await Assertions.Expect(page.Locator($"[data-testid=channel-{order.BuyerChannelCode}] input")).ToBeCheckedAsync();
        await page.GetByTestId("channel-next").ClickAsync();
        await Journey.ArriveAsync(page, "/Create");
        await Assertions.Expect(page.GetByTestId($"line-{order.Lines[0].Sku}")).ToHaveCountAsync(0);
        await page.GetByTestId($"line-{order.Lines[2].Sku}").GetByLabel("Quantity").FillAsync("0");
        await page.GetByTestId("undeliverable-destroy").ClickAsync();

        // Forgetting the agreement is caught next to the box, and nothing is charged.
        var balanceBefore = (await app.App.MoneyAsync(await app.App.StoreIdAsync())).Balance;
        // The form says so before asking to confirm the deduction.
        await page.GetByTestId("submit-shipment").ClickAsync();
        await Journey.ArriveAsync(page, "/Create");
        var agreementError = await Journey.FieldErrorAsync(page, page.GetByTestId("agreement"), "Input.AgreementAccepted", nextTo: page.Locator(".agreement"));
        Assert.Contains("agree", agreementError, StringComparison.Ordinal);
        Assert.Equal(balanceBefore, (await app.App.MoneyAsync(await app.App.StoreIdAsync())).Balance);
        await Assertions.Expect(page.GetByTestId($"line-{order.Lines[2].Sku}").GetByLabel("Quantity")).ToHaveValueAsync("0");
        await page.GetByTestId("agreement").CheckAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.AgreementAccepted']")).ToBeEmptyAsync();
        await page.GetByTestId("submit-shipment").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Journey.ArriveAsync(page, "/Shipping/Created/");
        var secondWaybill = (await page.GetByTestId("waybill-number").InnerTextAsync()).Trim();
        Assert.NotEqual(firstWaybill, secondWaybill);

        // Its notice, then the seller decides the rest will not be shipped: Confirm shipment complete.
        await page.GetByTestId("back-to-order").ClickAsync();
        await Journey.ArriveAsync(page, $"/Orders/{order.OrderNumber}");
        await FileNoticeAsync(page, secondWaybill);
        await Assertions.Expect(StatusOf(page)).ToHaveAttributeAsync("data-status", nameof(OrderStatus.PartiallyShipped));
        await page.GetByTestId("order-actions").GetByTestId("action-complete").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog-message")).ToContainTextAsync(order.OrderNumber);
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("Shipment confirmed complete");
        await Assertions.Expect(StatusOf(page)).ToHaveAttributeAsync("data-status", nameof(OrderStatus.Shipped));
        await Assertions.Expect(page.GetByTestId("parcel")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("timeline")).ToContainTextAsync($"{total} deducted for {firstWaybill}");
        await Journey.ShotAsync(page, "order-details");
        await using (var db = app.App.Db())
        {
            Assert.Equal(OrderStatus.Shipped, (await db.Orders.SingleAsync(o => o.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken)).Status);
        }

        // The parcels, one parcel's details, the address book and the dashboard as they look now.
        await page.GetByTestId("nav-packages").ClickAsync();
        await Journey.ArriveAsync(page, "/Packages");
        await Assertions.Expect(page.GetByTestId("package-row")).ToHaveCountAsync(2);

        // Both labels at once: one PDF, a label a page, downloaded, with the progress said on the page.
        await page.GetByTestId("select-all").CheckAsync();
        var (batch, fileName) = await Journey.DownloadAsync(page, () => page.GetByTestId("print-selected").ClickAsync());
        Assert.EndsWith(".pdf", fileName, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, Journey.PdfPages(batch));
        await Assertions.Expect(page.Locator(".batch-progress-text")).ToContainTextAsync("2 labels downloaded");
        await Assertions.Expect(page.GetByTestId("tab-unprinted").Locator(".count")).ToHaveTextAsync("0");
        await Journey.ShotAsync(page, "packages");
        await page.GetByRole(AriaRole.Link, new() { Name = firstWaybill, Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("waybill-number")).ToHaveTextAsync(firstWaybill);
        await Assertions.Expect(page.GetByTestId("print-count")).ToHaveTextAsync("2");
        await Journey.ShotAsync(page, "package-details");
        await page.GetByTestId("nav-sender-addresses").ClickAsync();
        await Assertions.Expect(page.GetByTestId("sender-address").First).ToBeVisibleAsync();
        await Journey.ShotAsync(page, "sender-addresses");
        await page.GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("stat-balance")).ToBeVisibleAsync();
        await Journey.ShotAsync(page, "seller-dashboard");
        var (balance, ledgerSum) = await app.App.MoneyAsync(await app.App.StoreIdAsync());
        Assert.Equal(ledgerSum, balance);
        Assert.Equal(0m, balance);

        // Both parcels' freight was withheld from the bound account, as the ledger shows.
        await page.GetByTestId("nav-freight-account").ClickAsync();
        await Journey.ArriveAsync(page, "/FreightAccount");
        await Assertions.Expect(page.Locator("[data-testid=ledger-entry][data-kind=Withholding]")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("withheld-this-month")).Not.ToHaveTextAsync(new Regex(@"^\s*0\.00"));
        await Journey.ShotAsync(page, "freight-account-withholding", readme: false);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_csv_import_preview_names_the_line_of_a_bad_row()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.GetByTestId("nav-orders").ClickAsync();
        await page.GetByTestId("import-orders").ClickAsync();
        await Journey.ArriveAsync(page, "/Orders/Import");

        // The sample file with one row's quantity mistyped: that row is line 3 of the file (line 1 names the columns).
        var csv = OrderCsv.Sample(DateTimeOffset.UtcNow).Replace("SAMPLE-", "JOURNEY-", StringComparison.Ordinal);
        var rows = csv.Split('\n');
        var header = rows[0].Split(',');
        var quantityColumn = Array.FindIndex(header, h => h.Trim().Equals("quantity", StringComparison.OrdinalIgnoreCase));
        Assert.True(quantityColumn >= 0, "The sample has a quantity column.");
        var cells = rows[2].Split(',');
        cells[quantityColumn] = "two";
        rows[2] = string.Join(',', cells);
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "orders-export.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(string.Join('\n', rows)) });
        await page.GetByTestId("preview-submit").ClickAsync();

        var error = page.GetByTestId("error");
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error).ToHaveAttributeAsync("data-line", "3");
        await Assertions.Expect(error).ToContainTextAsync("Line 3");
        await Assertions.Expect(error).ToHaveAttributeAsync("data-column", "quantity");
        await Assertions.Expect(page.GetByTestId("import-submit")).ToBeDisabledAsync();
        await Journey.ShotAsync(page, "orders-import");

        // Fixed in the spreadsheet and uploaded again: the import runs with its progress shown, then says what it did.
        await page.GetByLabel("CSV file").SetInputFilesAsync(new FilePayload { Name = "orders-export.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await page.GetByTestId("preview-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-order")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator(".import-progress")).ToBeAttachedAsync();
        await Assertions.Expect(page.Locator(".import-progress")).ToContainTextAsync("Importing 2 orders");
        await page.GetByTestId("import-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("2 orders imported");
        await page.Context.CloseAsync();
    }

    private const string OtherChannel = "CAINIAO_STANDARD";

    private static ILocator StatusOf(IPage page) => page.Locator(".page-header h1 .badge-status");

    private static async Task FileNoticeAsync(IPage page, string waybill)
    {
        await page.GetByTestId("order-actions").GetByTestId("action-notice").ClickAsync();
        await Journey.ArriveAsync(page, "/Notice");
        var parcel = page.Locator($"[data-testid=notice-parcel][value={waybill}]");
        await Assertions.Expect(parcel).ToBeCheckedAsync();

        // The notice follows the handover: the seller confirms the parcel is packed and handed to the carrier.
        await page.Locator($"[data-testid=notice-row][data-waybill={waybill}]").GetByTestId("handed-over").CheckAsync();
        await page.GetByTestId("file-notice").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync(waybill);
    }

    // An order awaiting shipment with three lines, light enough for every channel, whose buyer chose another channel
    // than the one this seller will pick: the seller ships it in two parcels and leaves the third line.
    private async Task<Order> ThreeLineOrderAsync()
    {
        await using var db = app.App.Db();
        var orders = await db.Orders.Include(o => o.Lines)
            .Where(o => o.Store!.Name == DemoSeeder.DemoStoreName && o.Status == OrderStatus.AwaitingShipment && o.BuyerChannelCode != OtherChannel && o.Lines.Count == 3)
            .OrderBy(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
        var order = orders.First(o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 1800);
        order.Lines = [.. order.Lines.OrderBy(l => l.Id)];
        return order;
    }
}
