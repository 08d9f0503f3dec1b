namespace Fulfilment.EndToEnd.Security;

/// <summary>
/// The pages work under the strict Content-Security-Policy (<c>script-src 'self'</c>, no inline script or style): the
/// browser reports no violation on any page of each role, and the behaviours that were inline scripts still run.
/// ASVS 5.0 V3.4.3.
/// </summary>
public sealed class ContentSecurityPolicyTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    private static readonly Dictionary<string, string[]> PagesByRole = new()
    {
        [DemoSeeder.SellerEmail] = ["/", "/Orders", "/Orders/Import", "/Packages", "/FreightAccount", "/SenderAddresses"],
        [DemoSeeder.WarehouseEmail] = ["/", "/Warehouse/Pickups", "/Warehouse/Inbound"],
        [DemoSeeder.AdminEmail] = ["/", "/Admin/Channels", "/Admin/Warehouses", "/Admin/Users"],
    };

    [Fact]
    public async Task No_page_reports_a_content_security_policy_violation_and_moved_scripts_still_run()
    {
        var violations = new List<string>();
        foreach (var (email, paths) in PagesByRole)
        {
            var page = await SignInWatchingAsync(email, violations);
            foreach (var path in paths)
            {
                await page.GotoAsync(path);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }

            if (email == DemoSeeder.SellerEmail)
            {
                // freight-account.js (was inline): a quick amount fills the field.
                await page.GotoAsync("/FreightAccount");
                var quick = page.Locator("[data-amount]").First;
                if (await quick.IsEnabledAsync())
                {
                    await quick.ClickAsync();
                    await Assertions.Expect(page.GetByTestId("top-up-amount")).Not.ToHaveValueAsync("");
                }

                // site.js (was an onclick attribute): the narrow-screen menu opens the sidebar.
                await page.SetViewportSizeAsync(600, 900);
                await page.GotoAsync("/Orders");
                await page.Locator("[data-toggle-sidebar]").ClickAsync();
                await Assertions.Expect(page.Locator("body")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sidebar-open"));
            }

            await page.Context.CloseAsync();
        }

        Assert.True(violations.Count == 0, string.Join("\n", violations));
    }

    private async Task<IPage> SignInWatchingAsync(string email, List<string> violations)
    {
        var context = await browser.NewContextAsync(app.BaseUrl);
        var page = await context.NewPageAsync();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase) || message.Text.Contains("Refused to", StringComparison.Ordinal))
            {
                lock (violations)
                {
                    violations.Add($"{email} {page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (violations)
            {
                violations.Add($"{email} {page.Url}: script error {error}");
            }
        };
        await page.GotoAsync("/Login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(DemoSeeder.Password);
        await page.GetByTestId("login-submit").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.OrdinalIgnoreCase));
        return page;
    }
}
