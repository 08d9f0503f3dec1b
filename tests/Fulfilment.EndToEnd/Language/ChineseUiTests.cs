using Fulfilment.Web.Infrastructure;
using Fulfilment.Web.Localization;

namespace Fulfilment.EndToEnd.Language;

/// <summary>
/// Every main page of every role, in a browser that asks for Chinese: the page says it is Chinese, and no text on it
/// (view text, validation and service messages, toasts) was looked up without a translation.
/// </summary>
public sealed class ChineseUiTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    private MissingTranslations Missing => app.App.Services.GetRequiredService<MissingTranslations>();

    [Fact]
    public async Task Every_page_of_every_role_is_translated_for_a_chinese_browser()
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 1000m);
        var door = await app.App.ParcelAsync(storeId, weightGrams: 300);
        var requested = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT", weightGrams: 400);
        var toReject = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT", weightGrams: 500);
        var (toShip, _) = await app.App.NextOrderAsync(storeId);
        Missing.Clear();
        var untranslated = new List<string>();

        // The login page, before anyone signs in.
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.WarehouseEmail, "zh-CN");
        await CheckAsync(page, "/Login (and the warehouse home)", untranslated);

        // Warehouse staff: decide, print the sheet, scan in (a new weight, then a typo).
        await VisitAsync(page, "/Warehouse", untranslated);
        await VisitAsync(page, "/Warehouse/Pickups", untranslated);
        await page.Locator($"[data-testid=pickup-request][data-waybill={requested.WaybillNumber}]").GetByTestId("accept").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToBeVisibleAsync();
        await CheckAsync(page, "pickup accepted", untranslated);
        await page.Locator($"[data-testid=pickup-request][data-waybill={toReject.WaybillNumber}]").GetByTestId("reject").ClickAsync();
        var rejection = page.Locator($"#request-{(await app.App.PickupRequestOfAsync(toReject.Id)).Id}-reject");
        await rejection.GetByTestId("reject-reason").FillAsync("本周车辆不经过该区域");
        await rejection.GetByTestId("reject-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToBeVisibleAsync();
        await CheckAsync(page, "pickup rejected", untranslated);
        await VisitAsync(page, "/Warehouse/Pickups?status=Rejected", untranslated);
        await VisitAsync(page, "/Warehouse/Pickups/Sheet", untranslated);
        await VisitAsync(page, "/Warehouse/Inbound", untranslated);
        await page.GetByTestId("waybill-input").FillAsync(door.WaybillNumber);
        await page.GetByTestId("weight-input").FillAsync("900");
        await page.GetByTestId("weight-input").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("scan-result")).ToHaveAttributeAsync("data-outcome", "received");
        await page.GetByTestId("waybill-input").FillAsync("LP123");
        await page.GetByTestId("weight-input").FillAsync("100");
        await page.GetByTestId("weight-input").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("scan-result")).ToHaveAttributeAsync("data-outcome", "refused");
        await CheckAsync(page, "inbound scans", untranslated);
        await Journey.ShotAsync(page, "warehouse-inbound-zh", readme: false);
        await page.Context.CloseAsync();

        // Seller: every page of the flow, with a mistake or two on the way so the messages show.
        page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail, "zh-CN");
        await CheckAsync(page, "seller home", untranslated);
        await VisitAsync(page, "/FreightAccount", untranslated);
        await page.GetByTestId("top-up-amount").FillAsync("0.001");
        await page.GetByTestId("top-up-submit").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='TopUp.Amount']")).Not.ToBeEmptyAsync();
        await CheckAsync(page, "top-up error", untranslated);
        await VisitAsync(page, "/Orders", untranslated);
        await VisitAsync(page, "/Orders?status=PartiallyShipped", untranslated);
        await VisitAsync(page, $"/Orders/{requested.OrderNumber}", untranslated);
        await VisitAsync(page, "/Orders/Import", untranslated);
        await page.GetByTestId("upload").SetInputFilesAsync(new FilePayload { Name = "bad.csv", MimeType = "text/csv", Buffer = "orderNumber,quantity\nX,two\n"u8.ToArray() });
        await page.GetByTestId("preview-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error").First).ToBeVisibleAsync();
        await CheckAsync(page, "import preview with errors", untranslated);
        await VisitAsync(page, $"/Shipping/{toShip}/Channel", untranslated);
        await Journey.ShotAsync(page, "shipping-channel-zh");
        await VisitAsync(page, $"/Shipping/{toShip}/Create?channel=CAINIAO_ECONOMY&goodsType=General&confirm=true", untranslated);
        await page.GetByTestId("weight").FillAsync("");
        await page.GetByTestId("contents").FillAsync("");
        // Checked before any confirmation: the errors are shown at once, in Chinese.
        await page.GetByTestId("submit-shipment").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.AgreementAccepted']")).Not.ToBeEmptyAsync();
        await CheckAsync(page, "wizard step 2 with errors", untranslated);
        await VisitAsync(page, $"/Shipping/Created/{door.Id}", untranslated);
        await VisitAsync(page, $"/Shipping/Created/{toReject.Id}", untranslated);
        await VisitAsync(page, "/Packages", untranslated);
        await VisitAsync(page, $"/Packages/{door.Id}", untranslated);
        await VisitAsync(page, $"/Packages/{toReject.Id}", untranslated);
        await VisitAsync(page, $"/Orders/{requested.OrderNumber}/Notice", untranslated);
        foreach (var handedOver in await page.GetByTestId("handed-over").AllAsync())
        {
            await handedOver.CheckAsync();
        }

        await page.GetByTestId("file-notice").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToBeVisibleAsync();
        await CheckAsync(page, "notice filed", untranslated);
        await VisitAsync(page, "/SenderAddresses", untranslated);
        await page.GetByTestId("save-address").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Name']")).Not.ToBeEmptyAsync();
        await CheckAsync(page, "sender address errors", untranslated);
        await page.Context.CloseAsync();

        // A seller whose account is not bound yet: the first steps.
        page = await Journey.SignInAsync(browser, app, DemoSeeder.Seller2Email, "zh-CN");
        await Assertions.Expect(page.GetByTestId("next-step")).ToBeVisibleAsync();
        await CheckAsync(page, "unbound seller home", untranslated);
        await VisitAsync(page, "/FreightAccount?reason=unbound", untranslated);
        await page.GetByTestId("holder-name").FillAsync("李娜");
        await page.GetByTestId("account-number").FillAsync("12345");
        await page.GetByTestId("bind-submit").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Bind.AccountNumber']")).Not.ToBeEmptyAsync();
        await CheckAsync(page, "bind error", untranslated);
        await page.Context.CloseAsync();

        // Admin: the console, and a channel saved with mistakes.
        page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail, "zh-CN");
        await CheckAsync(page, "admin home", untranslated);
        await VisitAsync(page, "/Admin/Channels", untranslated);
        await VisitAsync(page, "/Admin/Channels/Edit/CAINIAO_STANDARD", untranslated);
        await VisitAsync(page, "/Admin/Channels/Edit", untranslated);
        await page.GetByTestId("save-channel").ClickAsync();
        await Assertions.Expect(page.Locator(".field-validation-error:not(:empty)").First).ToBeVisibleAsync();
        await CheckAsync(page, "channel errors", untranslated);
        await VisitAsync(page, "/Admin/Warehouses", untranslated);
        await VisitAsync(page, "/Admin/Warehouses/Edit/HZ-COLLECT", untranslated);
        await VisitAsync(page, "/Admin/Users", untranslated);
        await page.GetByTestId("create-user").ClickAsync();
        await Assertions.Expect(page.Locator(".field-validation-error:not(:empty)").First).ToBeVisibleAsync();
        await CheckAsync(page, "user errors", untranslated);
        await page.Context.CloseAsync();

        Assert.True(untranslated.Count == 0, "Untranslated text on Chinese pages:\n" + string.Join("\n", untranslated));
    }

    [Fact]
    public async Task The_language_follows_the_browser_and_the_switch_is_remembered_on_the_next_page()
    {
        // An English browser gets English.
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail, "en-US");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Dashboard");

        // The switch on the page changes it, and the next page (reached by a click) stays Chinese.
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToHaveTextAsync("Dashboard");
        await page.GetByTestId("nav-orders").ClickAsync();
        await Journey.ArriveAsync(page, "/Orders");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(page.GetByTestId("tab-AwaitingShipment")).ToContainTextAsync("等待您发货");
        await Journey.ShotAsync(page, "orders-zh", readme: false);

        // And back: the choice wins over the browser's language until changed again.
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex(@"/Orders(\?status=All)?$"));
        await page.Context.CloseAsync();

        // A Chinese browser gets Chinese from the first page on, the login page included.
        var context = await browser.NewContextAsync(app.BaseUrl, "zh-CN");
        var login = await context.NewPageAsync();
        await login.GotoAsync("/Login");
        await Assertions.Expect(login.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Assertions.Expect(login.GetByTestId("login-submit")).Not.ToHaveTextAsync("Sign in");
        await context.CloseAsync();
    }

    [Fact]
    public void Every_country_has_a_chinese_name()
    {
        Assert.Empty(CountryNames.WithoutChineseName);
        var previous = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new("zh-CN");
        try
        {
            Assert.Equal("美国 (US)", Display.Country("US"));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = previous;
        }

        Assert.Equal("United States (US)", Display.Country("US"));
    }

    private async Task VisitAsync(IPage page, string url, List<string> untranslated)
    {
        var response = await page.GotoAsync(url);
        Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
        await CheckAsync(page, url, untranslated);
    }

    private async Task CheckAsync(IPage page, string where, List<string> untranslated)
    {
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        untranslated.AddRange(Missing.All.Select(m => $"{where}: {m}"));
        Missing.Clear();
    }
}
