using Fulfilment.Channels;

namespace Fulfilment.EndToEnd.Admin;

public sealed class AdminConsoleTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task The_admin_creates_a_channel_with_a_rate_card_previewing_its_quote()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail);
        await page.GetByTestId("nav-channels").ClickAsync();
        await Assertions.Expect(page.GetByTestId("channels")).ToContainTextAsync("CAINIAO_STANDARD");
        await Screenshots.SaveAsync(page, "admin-channels");

        await page.GetByTestId("new-channel").ClickAsync();
        await page.GetByTestId("channel-code").FillAsync("SF_EPARCEL");
        await page.GetByLabel("Carrier").FillAsync("SF International");
        await page.GetByTestId("channel-name").FillAsync("SF eParcel Economy");
        await page.GetByTestId("channel-indicator").FillAsync("SE");
        await page.GetByTestId("channel-maxweight").FillAsync("2500");
        await page.GetByTestId("channel-returnfee").FillAsync("4.50");
        await page.GetByLabel("Battery").CheckAsync();
        var rows = page.Locator("#rate-rows tr");
        await rows.Nth(0).Locator("[data-field=CountryCode]").FillAsync("*");
        await rows.Nth(0).Locator("[data-field=RegistrationFee]").FillAsync("21");
        await rows.Nth(0).Locator("[data-field=PerKg]").FillAsync("98");
        foreach (var (country, fee, perKg, min) in new[] { ("US", "14", "82", "100"), ("GB", "13", "70", "50"), ("DE", "13.50", "68", "50") })
        {
            await page.GetByTestId("add-rate").ClickAsync();
            var row = rows.Last;
            await row.Locator("[data-field=CountryCode]").FillAsync(country);
            await row.Locator("[data-field=RegistrationFee]").FillAsync(fee);
            await row.Locator("[data-field=PerKg]").FillAsync(perKg);
            await row.Locator("[data-field=MinChargeableGrams]").FillAsync(min);
        }

        await page.GetByTestId("quote-country").FillAsync("US");
        await page.GetByTestId("quote-weight").FillAsync("450");
        await page.GetByTestId("preview").ClickAsync();
        await Assertions.Expect(page.GetByTestId("quote-result")).ToContainTextAsync("50.90");
        await Screenshots.SaveAsync(page, "admin-channel-edit");

        await page.GetByTestId("save-channel").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("channels")).ToContainTextAsync("SF eParcel Economy");
        await using var db = app.App.Db();
        var channel = await db.Channels.Include(c => c.Rates).SingleAsync(c => c.Code == "SF_EPARCEL", TestContext.Current.CancellationToken);
        Assert.Equal(4, channel.Rates.Count);
        Assert.Equal(50.90m, FreightQuote.For(channel, "US", GoodsType.Battery, 450).Freight);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Warehouses_and_users_pages()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail);
        await page.GetByTestId("nav-warehouses").ClickAsync();
        await Assertions.Expect(page.GetByTestId("default-transit")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "admin-warehouses");

        await page.GotoAsync("/Admin/Warehouses/Edit/HZ-COLLECT");
        await Assertions.Expect(page.GetByTestId("cities")).ToHaveValueAsync("Hangzhou\n杭州");
        await Screenshots.SaveAsync(page, "admin-warehouse-edit");

        await page.GetByTestId("nav-users").ClickAsync();
        await page.GetByTestId("user-email").FillAsync("packer@hz-collect.test");
        await page.GetByTestId("user-password").FillAsync("Packer-2026x");
        await page.GetByTestId("role-WarehouseStaff").CheckAsync();
        await Assertions.Expect(page.GetByTestId("user-store")).ToBeHiddenAsync();
        await page.GetByTestId("user-warehouse").SelectOptionAsync("HZ-COLLECT");
        await page.GetByTestId("create-user").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("packer@hz-collect.test");
        await Assertions.Expect(page.GetByTestId("users")).ToContainTextAsync("packer@hz-collect.test");
        await Screenshots.SaveAsync(page, "admin-users");
        await page.Context.CloseAsync();
    }
}
