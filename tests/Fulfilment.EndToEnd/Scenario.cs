using Fulfilment.DemoData;
using Microsoft.Playwright;

namespace Fulfilment.EndToEnd;

/// <summary>A person at the browser: signs in through the login page and clicks through the app.</summary>
public static class Scenario
{
    public static async Task<IPage> SignInAsync(Browser browser, LiveApp app, string email, string locale = "en-US")
    {
        var context = await browser.NewContextAsync(app.BaseUrl, locale);
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Login");
        await page.GetByLabel(locale.StartsWith("zh", StringComparison.Ordinal) ? "邮箱" : "Email").FillAsync(email);
        await page.GetByLabel(locale.StartsWith("zh", StringComparison.Ordinal) ? "密码" : "Password").FillAsync(DemoSeeder.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.OrdinalIgnoreCase));
        return page;
    }
}
