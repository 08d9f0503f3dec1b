using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Fulfilment.EndToEnd.Accessibility;

/// <summary>
/// axe-core 4.14 (WCAG 2.1 A and AA rules) over the main pages of every role, in English and in Chinese, with a
/// dialog open and a form's errors shown: no critical or serious violation anywhere.
/// </summary>
public sealed class AxeTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly AxeRunOptions Wcag21AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
    };

    [Theory]
    [InlineData("en-US")]
    [InlineData("zh-CN")]
    public async Task No_page_of_any_role_has_a_critical_or_serious_violation(string locale)
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 500m);
        var parcel = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT");
        var (toShip, _) = await app.App.NextOrderAsync(storeId);
        var found = new List<string>();
        var counts = new List<string>();

        var anonymous = await (await browser.NewContextAsync(app.BaseUrl, locale)).NewPageAsync();
        await ScanAsync(anonymous, "/Login", found, counts);
        await anonymous.Context.CloseAsync();

        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail, locale);
        foreach (var url in new[]
        {
            "/", "/Orders", $"/Orders/{parcel.OrderNumber}", $"/Orders/{toShip}/Ship", $"/Shipping/{toShip}/Channel", "/Packages",
            $"/Packages/{parcel.Id}", "/FreightAccount", "/SenderAddresses", $"/Orders/{parcel.OrderNumber}/Notice", "/Store", "/Orders/Import",
        })
        {
            await ScanAsync(page, url, found, counts);
        }

        // The logistics order form with the recipient dialog open, then after a submit the server refused.
        await ScanAsync(page, $"/Shipping/{toShip}/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true", found, counts);
        await page.GetByTestId("modify-recipient").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recipient-dialog")).ToBeVisibleAsync();
        await ScanAsync(page, null, found, counts, "create form, recipient dialog open");
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.GetByTestId("recipient-dialog")).ToBeHiddenAsync();
        await Journey.SettledAsync(page);
        await page.GetByTestId("weight").FillAsync("");
        await page.GetByTestId("submit-shipment").ClickAsync();

        await Assertions.Expect(page.Locator("[data-valmsg-for]").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex(@"\S") }).First).ToBeVisibleAsync();
        await ScanAsync(page, null, found, counts, "create form after a failed submit");

        // The inbox filtered and sorted, with a bad filter value, then bulk shipping: preview, refusal, dialog, results.
        await ScanAsync(page, "/Orders?status=All&sort=-placed&country=US", found, counts);
        await ScanAsync(page, "/Orders?shipByFrom=31-12-2026&country=XX", found, counts);
        // A page of its own per language (the other run has shipped its page's orders already), every order on it.
        await page.GotoAsync(locale == "en-US" ? "/Orders" : "/Orders?p=2");
        await page.GetByTestId("select-all-orders").CheckAsync();
        await page.GetByTestId("bulk-ship").ClickAsync();
        await Assertions.Expect(page.GetByTestId("bulk-preview")).ToBeVisibleAsync();
        await ScanAsync(page, null, found, counts, "bulk preview");
        await page.GetByTestId("bulk-confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("bulk-agreement")).ToHaveAttributeAsync("aria-invalid", "true");
        await ScanAsync(page, null, found, counts, "bulk preview, agreement missing");
        await page.GetByTestId("bulk-agreement").CheckAsync();
        await page.GetByTestId("bulk-confirm").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog")).ToBeVisibleAsync();
        await ScanAsync(page, null, found, counts, "bulk confirmation open");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("bulk-results")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await ScanAsync(page, null, found, counts, "bulk results");
        await page.Context.CloseAsync();

        page = await Journey.SignInAsync(browser, app, DemoSeeder.WarehouseEmail, locale);
        foreach (var url in new[] { "/Warehouse", "/Warehouse/Pickups", "/Warehouse/Inbound", "/Warehouse/Pickups/Sheet" })
        {
            await ScanAsync(page, url, found, counts);
        }

        await page.Context.CloseAsync();

        page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail, locale);
        foreach (var url in new[] { "/Admin/Channels", "/Admin/Channels/Edit/CAINIAO_STANDARD", "/Admin/Warehouses", "/Admin/Warehouses/Edit/HZ-COLLECT", "/Admin/Users", "/Admin/Stores" })
        {
            await ScanAsync(page, url, found, counts);
        }

        await page.Context.CloseAsync();
        TestContext.Current.SendDiagnosticMessage($"axe {locale}: " + string.Join("; ", counts));
        Assert.True(found.Count == 0, $"axe ({locale}) found critical or serious violations:\n" + string.Join("\n", found));
    }

    private static async Task ScanAsync(IPage page, string? url, List<string> found, List<string> counts, string? name = null)
    {
        if (url is not null)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
        }

        await page.Mouse.MoveAsync(0, 0);
        // A dialog still fading in is half transparent: axe would measure the contrast of a frame no one reads.
        await page.WaitForFunctionAsync("() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().endTime === Infinity)");
        await page.EvaluateAsync("() => document.fonts.ready");
        var where = name ?? url;
        var results = await page.RunAxe(Wcag21AA);
        var serious = results.Violations.Where(v => v.Impact is "critical" or "serious").ToList();
        counts.Add($"{where}={serious.Count}");
        found.AddRange(serious.Select(v =>
            $"{where}: {v.Id} ({v.Impact}, {v.Nodes.Length} nodes) at {string.Join(", ", v.Nodes.Take(4).Select(n => n.Target.ToString()))}" +
            (v.Nodes.FirstOrDefault()?.Any.FirstOrDefault()?.Message is { } why ? " — " + why : "")));
    }
}
