namespace Fulfilment.EndToEnd.Accessibility;

/// <summary>
/// Forms a person can use without a mouse or good eyes: every field has a name a screen reader says, the keyboard
/// reaches the content and moves through a form in reading order, and text stands out from its background.
/// </summary>
public sealed class AccessibilityTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    // A field's name from its <label>, aria-label, aria-labelledby or title; a placeholder alone does not count.
    private const string UnnamedFields = """
        () => [...document.querySelectorAll("input:not([type=hidden]), select, textarea")]
            .filter(e => e.offsetParent !== null || e.getClientRects().length > 0)
            .filter(e => {
                const byLabel = [...(e.labels || [])].some(l => l.textContent.trim());
                const byAria = (e.getAttribute("aria-label") || "").trim();
                const byRef = (e.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean)
                    .some(id => (document.getElementById(id)?.textContent || "").trim());
                return !(byLabel || byAria || byRef || (e.title || "").trim());
            })
            .map(e => `${e.tagName.toLowerCase()}[name=${e.name || "?"}]#${e.id || "?"}`)
        """;

    // Text whose colour is too close to its background (WCAG AA: 4.5:1, or 3:1 from 24px or bold 18.66px up).
    // Disabled controls are exempt; text over an image or gradient is skipped (no single background colour).
    private const string LowContrast = """
        () => {
            const rgb = s => { const m = s.match(/[\d.]+/g); return m ? m.map(Number) : [0, 0, 0, 0]; };
            const lum = ([r, g, b]) => { const f = c => { c /= 255; return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4); }; return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b); };
            const blend = (top, below) => { const a = top[3] ?? 1; return [0, 1, 2].map(i => top[i] * a + below[i] * (1 - a)); };
            const background = el => {
                const layers = [];
                for (let e = el; e; e = e.parentElement) {
                    const style = getComputedStyle(e);
                    if (style.backgroundImage !== "none") { return null; }
                    const c = rgb(style.backgroundColor);
                    if ((c[3] ?? 1) > 0) { layers.push(c); if ((c[3] ?? 1) >= 1) { break; } }
                }
                return layers.reduceRight((below, top) => blend(top, below), [255, 255, 255]);
            };
            const out = [];
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            for (let n; (n = walker.nextNode());) {
                const el = n.parentElement, text = n.textContent.trim();
                if (!text || !el || el.closest("script,style,[disabled],.disabled,[aria-hidden=true],.visually-hidden,.visually-hidden-focusable,option")) { continue; }
                const box = el.getBoundingClientRect(), style = getComputedStyle(el);
                if (box.width === 0 || box.height === 0 || style.visibility === "hidden" || parseFloat(style.opacity) === 0) { continue; }
                const bg = background(el);
                if (!bg) { continue; }
                const fg = blend(rgb(style.color), bg);
                const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
                const ratio = (hi + 0.05) / (lo + 0.05);
                const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
                const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
                if (ratio < needed) { out.push(`${ratio.toFixed(2)} "${text.slice(0, 40)}" (${el.tagName.toLowerCase()}.${[...el.classList].join(".")}: ${style.color} on rgb(${bg.map(Math.round)}))`); }
            }
            return [...new Set(out)];
        }
        """;

    [Fact]
    public async Task Every_field_of_every_main_form_has_a_name_and_text_has_enough_contrast()
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 500m);
        var parcel = await app.App.ParcelAsync(storeId, mode: HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT");
        var (toShip, _) = await app.App.NextOrderAsync(storeId);
        var unnamed = new List<string>();
        var lowContrast = new List<string>();

        var anonymous = await (await browser.NewContextAsync(app.BaseUrl)).NewPageAsync();
        await CheckAsync(anonymous, "/Login", unnamed, lowContrast);
        await anonymous.Context.CloseAsync();

        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        foreach (var url in new[] { "/", "/FreightAccount", "/Orders", "/Orders/Import", $"/Shipping/{toShip}/Channel", $"/Orders/{parcel.OrderNumber}/Notice", $"/Orders/{parcel.OrderNumber}", "/Packages", $"/Packages/{parcel.Id}", "/SenderAddresses" })
        {
            await CheckAsync(page, url, unnamed, lowContrast);
        }

        // Step 2 with every optional part open: the recipient's fields and the pickup request.
        await page.GotoAsync($"/Shipping/{toShip}/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true");
        await CheckAsync(page, null, unnamed, lowContrast, "step 2");
        await page.GetByTestId("modify-recipient").ClickAsync();
        await Assertions.Expect(page.GetByTestId("recipient-dialog")).ToBeVisibleAsync();
        await CheckAsync(page, null, unnamed, lowContrast, "step 2 with the recipient dialog open");
        await page.Context.CloseAsync();

        page = await Journey.SignInAsync(browser, app, DemoSeeder.WarehouseEmail);
        await page.GotoAsync("/Warehouse/Pickups");
        var reject = page.GetByTestId("reject").First;
        var rejection = await reject.GetAttributeAsync("data-bs-target");
        await reject.ClickAsync();
        await Assertions.Expect(page.Locator($"{rejection} [data-testid=reject-reason]")).ToBeVisibleAsync();
        await CheckAsync(page, null, unnamed, lowContrast, "/Warehouse/Pickups with a rejection open");
        foreach (var url in new[] { "/", "/Warehouse", "/Warehouse/Inbound" })
        {
            await CheckAsync(page, url, unnamed, lowContrast);
        }

        await page.Context.CloseAsync();

        page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail);
        foreach (var url in new[] { "/", "/Admin/Channels", "/Admin/Channels/Edit", "/Admin/Channels/Edit/CAINIAO_STANDARD", "/Admin/Warehouses", "/Admin/Warehouses/Edit/HZ-COLLECT", "/Admin/Users" })
        {
            await CheckAsync(page, url, unnamed, lowContrast);
        }

        await page.Context.CloseAsync();
        Assert.True(unnamed.Count == 0, "Fields without a name:\n" + string.Join("\n", unnamed));
        Assert.True(lowContrast.Count == 0, "Text with too little contrast:\n" + string.Join("\n", lowContrast.Distinct()));
    }

    [Fact]
    public async Task The_keyboard_skips_to_the_content_and_moves_through_a_form_in_reading_order()
    {
        // Signing in with the keyboard alone: the email field has focus, Tab goes to the password, then the button.
        var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login");
        await Assertions.Expect(page.GetByLabel("Email")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DemoSeeder.SellerEmail);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Password")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync(DemoSeeder.Password);
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("login-submit")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Journey.ArriveAsync(page, "/Login", away: true);

        // The first Tab on a page offers to skip the navigation; taking it lands in the content.
        await page.GotoAsync("/FreightAccount");
        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByTestId("skip-to-content");
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#main")).ToBeFocusedAsync();

        // The binding form in reading order: method, holder, number, then its button.
        await page.Locator("#method-alipay").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Account holder name")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByLabel("Account number")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.GetByTestId("bind-submit")).ToBeFocusedAsync();
        await context.CloseAsync();
    }

    [Fact]
    public async Task On_a_tablet_the_key_pages_fit_the_width_and_the_menu_opens_from_the_top_bar()
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 300m);
        var (toShip, _) = await app.App.NextOrderAsync(storeId);
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.SetViewportSizeAsync(820, 1180);
        foreach (var (url, shot) in new[] { ("/", "tablet-dashboard"), ("/Orders", "tablet-orders"), ($"/Shipping/{toShip}/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true", "tablet-shipping-create") })
        {
            await AssertFitsTheWidthAsync(page, url, shot);
        }

        // The navigation folds away; the menu button brings it back.
        await Assertions.Expect(page.GetByTestId("nav-orders")).Not.ToBeInViewportAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("nav-orders")).ToBeInViewportAsync();
        await page.GetByTestId("nav-orders").ClickAsync();
        await Journey.ArriveAsync(page, "/Orders");
        await page.Context.CloseAsync();
    }

    [Theory]
    [InlineData(DemoSeeder.WarehouseEmail, "/Warehouse/Pickups,/Warehouse,/Warehouse/Inbound")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Channels,/Admin/Warehouses,/Admin/Users,/Admin/Channels/Edit/CAINIAO_STANDARD")]
    public async Task On_a_tablet_the_staff_and_admin_pages_fit_the_width(string email, string urls)
    {
        var storeId = await app.App.StoreIdAsync();
        await app.App.FundAsync(storeId, 300m);
        await app.App.ParcelAsync(storeId, mode: Fulfilment.Shipping.HandoverMode.PickupRequested, warehouseCode: "HZ-COLLECT");
        var page = await Journey.SignInAsync(browser, app, email);
        await page.SetViewportSizeAsync(820, 1180);
        foreach (var url in urls.Split(','))
        {
            await AssertFitsTheWidthAsync(page, url, "tablet" + url.Replace('/', '-').ToLowerInvariant());
        }

        await page.Context.CloseAsync();
    }

    // The page neither scrolls sideways nor hides table columns in a sideways-scrolling wrapper; the screenshot is taken
    // before the table check so a failure leaves a picture of it.
    private static async Task AssertFitsTheWidthAsync(IPage page, string url, string shot)
    {
        await page.GotoAsync(url);
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"{url} scrolls sideways by {overflow} px on a tablet.");
        var hidden = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('.table-responsive, .inbox-table-wrap')].filter(w => w.scrollWidth > w.clientWidth + 1).map(w => w.className + ' by ' + (w.scrollWidth - w.clientWidth) + ' px')");
        await Journey.ShotAsync(page, shot, readme: false);
        Assert.True(hidden.Length == 0, $"{url} hides table columns to the side on a tablet: {string.Join(", ", hidden)}");
    }

    private static async Task CheckAsync(IPage page, string? url, List<string> unnamed, List<string> lowContrast, string? name = null)
    {
        if (url is not null)
        {
            var response = await page.GotoAsync(url);
            Assert.True(response is { Ok: true }, $"{url} answered {response?.Status}");
        }

        // Colours as they rest: no hover under a forgotten mouse, no transition half-way.
        await page.Mouse.MoveAsync(0, 0);
        // A constructed style sheet: the app's Content-Security-Policy (style-src 'self') refuses an injected <style> tag.
        await page.EvaluateAsync("""
            () => {
                const sheet = new CSSStyleSheet();
                sheet.replaceSync("*, *::before, *::after { transition: none !important; }");
                document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
            }
            """);
        var where = name ?? url;
        unnamed.AddRange((await page.EvaluateAsync<string[]>(UnnamedFields)).Select(f => $"{where}: {f}"));
        lowContrast.AddRange((await page.EvaluateAsync<string[]>(LowContrast)).Select(t => $"{where}: {t}"));
    }
}
