namespace Fulfilment.EndToEnd.Accessibility;

/// <summary>
/// From a wide screen to a phone, no main page of any role scrolls sideways, in English and in Chinese; on a phone the
/// folded navigation leaves the tab order and its menu button says whether it is open and closes on Escape.
/// </summary>
public sealed class LayoutTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly int[] Widths = [1920, 1366, 1280, 768, 390];

    // The outermost elements reaching past the right edge: where to look when a page scrolls sideways.
    private const string WiderThanTheScreen = """
        () => {
            const edge = document.documentElement.clientWidth;
            const over = [...document.querySelectorAll("body *")].filter(e => e.getBoundingClientRect().right > edge + 1 && getComputedStyle(e).position !== "fixed");
            return over.filter(e => !over.includes(e.parentElement)).slice(0, 5)
                .map(e => `${e.tagName.toLowerCase()}.${[...e.classList].join(".")} to ${Math.round(e.getBoundingClientRect().right)}`);
        }
        """;

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task No_main_page_of_any_role_scrolls_sideways_from_1920_to_390_px(string locale)
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 300m);
        var parcel = await app.App.ParcelAsync(storeId, mode: Fulfilment.Shipping.HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT");
        var (toShip, _) = await app.App.NextOrderAsync(storeId);
        var sideways = new List<string>();
        var checkedPages = 0;
        foreach (var (email, urls) in new[]
        {
            (DemoSeeder.SellerEmail, new[]
            {
                "/", "/Orders", "/Orders?status=All&sort=-placed&shipByFrom=2020-01-01&country=XX", $"/Orders/{parcel.OrderNumber}", $"/Orders/{toShip}/Ship", $"/Shipping/{toShip}/Channel",
                $"/Shipping/{toShip}/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true", $"/Orders/{parcel.OrderNumber}/Notice",
                "/Orders/Import", "/Packages", $"/Packages/{parcel.Id}", "/FreightAccount", "/SenderAddresses", "/Store",
            }),
            (DemoSeeder.WarehouseEmail, new[] { "/", "/Warehouse", "/Warehouse/Pickups", "/Warehouse/Inbound", "/Warehouse/Pickups/Sheet" }),
            (DemoSeeder.AdminEmail, new[]
            {
                "/", "/Admin/Channels", "/Admin/Channels/Edit/CAINIAO_STANDARD", "/Admin/Warehouses", "/Admin/Warehouses/Edit/HZ-COLLECT",
                "/Admin/Users", "/Admin/Stores",
            }),
        })
        {
            var page = await Journey.SignInAsync(browser, app, email, locale);
            foreach (var url in urls)
            {
                var response = await page.GotoAsync(url);
                Assert.True(response is { Ok: true } && !page.Url.Contains("/Login", StringComparison.Ordinal), $"{url} answered {response?.Status} at {page.Url}");
                checkedPages++;
                foreach (var width in Widths)
                {
                    await page.SetViewportSizeAsync(width, 900);
                    var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                    if (overflow > 0)
                    {
                        var culprits = await page.EvaluateAsync<string[]>(WiderThanTheScreen);
                        sideways.Add($"{url} at {width} px: {overflow} px ({string.Join(", ", culprits)})");
                    }
                }

                await page.SetViewportSizeAsync(1440, 900);
            }

            await page.Context.CloseAsync();
        }

        TestContext.Current.SendDiagnosticMessage($"layout {locale}: {checkedPages} pages at {string.Join(", ", Widths)} px, {sideways.Count} sideways");
        Assert.True(sideways.Count == 0, $"Pages that scroll sideways ({locale}):\n" + string.Join("\n", sideways));
    }

    [Fact]
    public async Task On_a_phone_the_inbox_reads_top_to_bottom_with_the_user_menu_on_screen()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/Orders");

        // The top bar fits: the user menu button is wholly on screen and still named by the email (its accessible name).
        var menu = page.GetByTestId("user-menu");
        await Assertions.Expect(menu).ToBeInViewportAsync(new() { Ratio = 1 });
        await Assertions.Expect(menu).ToHaveAccessibleNameAsync(DemoSeeder.SellerEmail);
        await Assertions.Expect(page.GetByTestId("store-name")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToBeInViewportAsync();
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"));
        // README's phone picture: what the first screen of a 390 × 844 phone shows (not the whole long page).
        await page.EvaluateAsync("() => document.fonts.ready");
        Screenshots.SaveForReadme("phone-inbox", await page.ScreenshotAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_folded_menu_is_out_of_the_tab_order_says_when_it_is_open_and_closes_on_escape()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/Orders");
        var menu = page.GetByRole(AriaRole.Button, new() { Name = "Menu" });
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(page.GetByTestId("nav-orders")).Not.ToBeVisibleAsync();

        // The sign-out menu fits the screen.
        await page.GetByTestId("user-menu").ClickAsync();
        await Assertions.Expect(page.GetByTestId("logout")).ToBeInViewportAsync(new() { Ratio = 1 });
        await page.Keyboard.PressAsync("Escape");

        await menu.ClickAsync();
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "true");
        await Assertions.Expect(page.GetByTestId("nav-orders")).ToBeInViewportAsync();
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(menu).ToHaveAttributeAsync("aria-expanded", "false");
        await Assertions.Expect(menu).ToBeFocusedAsync();
        await Assertions.Expect(page.GetByTestId("nav-orders")).Not.ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Closing_a_confirmation_by_escape_or_cancel_gives_focus_back_to_its_button()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail);
        await page.GotoAsync("/Admin/Users");
        var disable = page.GetByTestId("disable").First;
        var dialog = page.Locator("#confirm-dialog");

        await disable.ClickAsync();
        await page.WaitForFunctionAsync("() => document.activeElement?.closest('#confirm-dialog') !== null");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(disable).ToBeFocusedAsync();

        await disable.ClickAsync();
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assertions.Expect(dialog).ToBeHiddenAsync();
        await Assertions.Expect(disable).ToBeFocusedAsync();
        await page.Context.CloseAsync();
    }
}
