namespace Fulfilment.EndToEnd.Foundation;

public sealed class SignInTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "seller-dashboard", "Dashboard", "Ship orders")]
    [InlineData(DemoSeeder.WarehouseEmail, "warehouse-dashboard", "Hangzhou Collection Warehouse", "Scan parcels in")]
    [InlineData(DemoSeeder.AdminEmail, "admin-dashboard", "Administration", "Warehouses")]
    public async Task Each_role_signs_in_to_its_home(string email, string screenshot, string heading, string firstAction)
    {
        // What the person sees on arrival: their own home (not the login page, not another role's), with its main way on.
        var page = await Journey.SignInAsync(browser, app, email);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(heading);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = firstAction }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("user-menu")).ToContainTextAsync(email);
        await Screenshots.SaveAsync(page, screenshot);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_login_page_looks_right()
    {
        var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login");
        await Assertions.Expect(page.GetByLabel("Email")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("Password")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("login-submit")).ToHaveTextAsync("Sign in");
        await Screenshots.SaveAsync(page, "login");
        await context.CloseAsync();
    }

    [Fact]
    public async Task Sender_addresses_page()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.GotoAsync("/SenderAddresses");
        await page.GetByTestId("save-address").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Name']")).ToHaveTextAsync("Required.");
        await Screenshots.SaveAsync(page, "sender-addresses");
        await page.Context.CloseAsync();
    }
}
