namespace Fulfilment.EndToEnd.Foundation;

/// <summary>
/// Forms with a validator say what is wrong next to each field before anything is sent, with the server's own messages
/// in the reader's language (the rules come from the same FluentValidation validators, through ClientRules).
/// </summary>
public sealed class ClientChecksTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Theory]
    [InlineData("en-US", "Required.")]
    [InlineData("zh-CN", "必填。")]
    public async Task The_sender_address_form_names_missing_fields_before_posting(string locale, string required)
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail, locale);
        await page.GotoAsync("/SenderAddresses");
        await Journey.SettledAsync(page);
        var posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;

        await page.Locator("input[name='Input.Phone']").FillAsync("+86 571 8888 0000");
        await page.GetByTestId("save-address").ClickAsync();

        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Name']")).ToHaveTextAsync(required);
        await Assertions.Expect(page.Locator("#Input_Name")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Phone']")).ToHaveTextAsync("");
        Assert.Equal(0, posts);

        // The admin's warehouse form checks its address the same way.
        await page.Context.CloseAsync();
        page = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail, locale);
        await page.GotoAsync("/Admin/Warehouses/Edit");
        await Journey.SettledAsync(page);
        posts = 0;
        page.Request += (_, request) => posts += request.Method == "POST" ? 1 : 0;
        await page.GetByTestId("save-warehouse").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Address.City']")).ToHaveTextAsync(required);
        Assert.Equal(0, posts);
        await page.Context.CloseAsync();
    }
}
