namespace Fulfilment.EndToEnd.Journeys;

/// <summary>An admin opens a new logistics channel; a seller, in another browser, can ship with it at once.</summary>
public sealed class AdminJourneyTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_channel_the_admin_creates_is_offered_to_the_seller_in_the_wizard()
    {
        var admin = await Journey.SignInAsync(browser, app, DemoSeeder.AdminEmail);
        await Assertions.Expect(admin.GetByTestId("stat-channels")).ToHaveTextAsync("4");
        await Journey.ShotAsync(admin, "admin-dashboard");

        await admin.GetByTestId("nav-channels").ClickAsync();
        await Journey.ArriveAsync(admin, "/Admin/Channels");
        await Journey.ShotAsync(admin, "admin-channels");
        await admin.GetByTestId("new-channel").ClickAsync();
        await Journey.ArriveAsync(admin, "/Admin/Channels/Edit");
        await admin.GetByTestId("channel-code").FillAsync("4PX_SMART");
        await admin.GetByLabel("Carrier").FillAsync("4PX");
        await admin.GetByTestId("channel-name").FillAsync("4PX Smart Parcel");
        await admin.GetByTestId("channel-indicator").FillAsync("PX");
        await admin.GetByTestId("channel-maxweight").FillAsync("2000");
        await admin.GetByTestId("channel-returnfee").FillAsync("4.00");
        await admin.GetByLabel("General").CheckAsync();
        var rows = admin.Locator("#rate-rows tr");
        await rows.Nth(0).Locator("[data-field=CountryCode]").FillAsync("*");
        await rows.Nth(0).Locator("[data-field=RegistrationFee]").FillAsync("15");
        await rows.Nth(0).Locator("[data-field=PerKg]").FillAsync("70");
        await admin.GetByTestId("add-rate").ClickAsync();
        await rows.Last.Locator("[data-field=CountryCode]").FillAsync("US");
        await rows.Last.Locator("[data-field=RegistrationFee]").FillAsync("12");
        await rows.Last.Locator("[data-field=PerKg]").FillAsync("66");
        await rows.Last.Locator("[data-field=MinChargeableGrams]").FillAsync("50");
        await admin.GetByTestId("quote-country").FillAsync("US");
        await admin.GetByTestId("quote-weight").FillAsync("500");
        await admin.GetByTestId("preview").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("quote-result")).ToContainTextAsync("45.00");
        await Journey.ShotAsync(admin, "admin-channel-edit");
        await admin.GetByTestId("save-channel").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("toast-success")).ToBeVisibleAsync();
        await Assertions.Expect(admin.GetByTestId("channels")).ToContainTextAsync("4PX Smart Parcel");

        // The rest of the console, as the README shows it.
        await admin.GetByTestId("nav-warehouses").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("default-transit")).ToBeVisibleAsync();
        await Journey.ShotAsync(admin, "admin-warehouses");
        await admin.GetByTestId("nav-users").ClickAsync();
        await Assertions.Expect(admin.GetByTestId("users")).ToContainTextAsync(DemoSeeder.SellerEmail);
        await Journey.ShotAsync(admin, "admin-users");

        // Meanwhile a seller (another browser) starts online shipping and finds the new channel with its quote.
        await app.App.FundAsync(await app.App.StoreIdAsync(), 200m);
        var seller = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        var orderNumber = await LightOrderAsync();
        await seller.GetByTestId("nav-orders").ClickAsync();
        await seller.GetByTestId("search").FillAsync(orderNumber);
        await seller.GetByTestId("search").PressAsync("Enter");
        await Assertions.Expect(seller.GetByTestId("order-row")).ToHaveCountAsync(1);
        await seller.GetByTestId("order-row").GetByTestId("action-ship").ClickAsync();
        await seller.GetByTestId("ship-online").ClickAsync();
        await Journey.ArriveAsync(seller, "/Channel");
        var offered = seller.GetByTestId("channel-4PX_SMART");
        await Assertions.Expect(offered).ToContainTextAsync("4PX Smart Parcel");
        await Assertions.Expect(offered.Locator("input")).ToBeEnabledAsync();
        await Assertions.Expect(offered.Locator(".price")).ToContainTextAsync("CNY");
        await seller.Context.CloseAsync();
        await admin.Context.CloseAsync();
    }

    // An order awaiting shipment that any channel can carry in one parcel.
    private async Task<string> LightOrderAsync()
    {
        await using var db = app.App.Db();
        var orders = await db.Orders.Include(o => o.Lines)
            .Where(o => o.Store!.Name == DemoSeeder.DemoStoreName && o.Status == OrderStatus.AwaitingShipment)
            .OrderBy(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
        return orders.First(o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 1500).OrderNumber;
    }
}
