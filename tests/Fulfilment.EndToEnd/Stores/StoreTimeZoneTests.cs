namespace Fulfilment.EndToEnd.Stores;

public sealed class StoreTimeZoneTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_seller_opens_store_settings_from_the_top_bar_and_moves_the_store_to_another_time_zone()
    {
        // The second store: the other scenarios read the demo store's times.
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.Seller2Email);
        await Assertions.Expect(page.GetByTestId("time-zone")).ToHaveTextAsync("Times in Asia/Shanghai (UTC+08:00)");
        await page.GetByTestId("store-name").ClickAsync();
        await Assertions.Expect(page.GetByTestId("time-zone-input")).ToHaveValueAsync("Asia/Shanghai");

        await page.GetByTestId("time-zone-input").FillAsync("Europe/Atlantis");
        await page.GetByTestId("save-store-settings").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.TimeZone']")).ToContainTextAsync("Unknown time zone");
        await Screenshots.SaveAsync(page, "store-settings-error");

        await page.GetByTestId("time-zone-input").FillAsync("Europe/London");
        await page.GetByTestId("save-store-settings").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("Europe/London");
        await Assertions.Expect(page.GetByTestId("time-zone")).ToContainTextAsync("Times in Europe/London (UTC+0");
        await Screenshots.SaveAsync(page, "store-settings");
    }

    [Fact]
    public async Task The_admin_sees_every_store_with_its_time_zone_in_chinese_too()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail);
        await page.GetByTestId("nav-stores").ClickAsync();
        await Assertions.Expect(page.GetByTestId("stores")).ToContainTextAsync(DemoSeeder.DemoStoreName);
        await Assertions.Expect(page.GetByTestId("time-zone")).ToHaveTextAsync("Times in UTC (UTC+00:00)");
        await Screenshots.SaveAsync(page, "admin-stores");
        await page.GetByTestId("language-switch").GetByRole(AriaRole.Button, new() { Name = "中文" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("time-zone")).ToHaveTextAsync("时间均为 UTC (UTC+00:00)");
        await Screenshots.SaveAsync(page, "admin-stores-zh");
    }
}
