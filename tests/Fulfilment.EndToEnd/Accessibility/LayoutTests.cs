using Fulfilment.DemoData;
using Fulfilment.EndToEnd.Journeys;
using Fulfilment.Testing;
using Microsoft.Playwright;

namespace Fulfilment.EndToEnd.Accessibility;

/// <summary>
/// From a wide screen to a tablet, no main page scrolls sideways, in English and in Chinese; on a phone the folded
/// navigation leaves the tab order and its menu button says whether it is open and closes on Escape.
/// </summary>
public sealed class LayoutTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    // 390 px (a phone) is not here yet: the top bar still overflows by about 60 px there (issue 16, left for later).
    private static readonly int[] Widths = [1920, 1366, 1280, 768];

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
    public async Task No_main_page_scrolls_sideways_from_1920_to_768_px(string locale)
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 300m);
        await app.App.ParcelAsync(storeId, mode: Fulfilment.Shipping.HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT");
        var sideways = new List<string>();
        foreach (var (email, urls) in new[]
        {
            (DemoSeeder.SellerEmail, new[] { "/", "/Orders", "/Orders?status=All&sort=-placed&shipByFrom=2020-01-01&country=XX", "/Packages", "/FreightAccount" }),
            (DemoSeeder.WarehouseEmail, new[] { "/Warehouse/Pickups" }),
            (DemoSeeder.AdminEmail, new[] { "/Admin/Users" }),
        })
        {
            var page = await Journey.SignInAsync(browser, app, email, locale);
            foreach (var url in urls)
            {
                await page.GotoAsync(url);
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

        Assert.True(sideways.Count == 0, $"Pages that scroll sideways ({locale}):\n" + string.Join("\n", sideways));
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
