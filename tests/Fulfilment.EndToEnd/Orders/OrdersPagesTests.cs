namespace Fulfilment.EndToEnd.Orders;

public sealed class OrdersPagesTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task The_seller_binds_the_account_tops_up_and_reads_the_ledger()
    {
        // The second store: the other scenarios fund the demo store's account.
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.Seller2Email);
        await page.GotoAsync("/FreightAccount?reason=unbound");
        await Assertions.Expect(page.GetByTestId("unbound-banner")).ToBeVisibleAsync();

        await page.Locator("label[for=method-card]").ClickAsync();
        await page.GetByTestId("holder-name").FillAsync("Li Na");
        await page.GetByTestId("account-number").FillAsync("4111 1111 1111 1112");
        await page.GetByTestId("bind-submit").ClickAsync();
        await Assertions.Expect(page.Locator("[data-valmsg-for='Bind.AccountNumber']")).ToContainTextAsync("not a valid bank card number");
        await Screenshots.SaveAsync(page, "freight-account-binding");

        await page.Locator("label[for=method-card]").ClickAsync();
        await page.GetByTestId("account-number").FillAsync("4111 1111 1111 1111");
        await page.GetByTestId("bind-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("account-masked")).ToHaveTextAsync("**** 1111");

        await page.GetByTestId("top-up-amount").FillAsync("500");
        await page.GetByTestId("top-up-submit").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog-message")).ToContainTextAsync("500.00");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("500.00 CNY added");
        await Assertions.Expect(page.GetByTestId("balance")).ToContainTextAsync("500.00");

        var storeId = await app.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        await app.App.FundAsync(storeId, 200m);
        await app.App.ParcelAsync(storeId);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("ledger-entry").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "freight-account");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_seller_finds_the_most_urgent_orders_and_opens_one()
    {
        var storeId = await app.App.StoreIdAsync();
        await CreateOrderAsync(storeId, "E2E-2001");
        await app.App.FundAsync(storeId, 300m);
        await app.App.ParcelAsync(storeId, "E2E-2001");

        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.GetByTestId("nav-orders").ClickAsync();
        await Assertions.Expect(page.GetByTestId("order-row").First).ToHaveAttributeAsync("data-urgency", "Overdue");
        await Screenshots.SaveAsync(page, "orders");
        await page.GotoAsync("/Orders?ui-culture=zh-CN&culture=zh-CN");
        await Assertions.Expect(page.GetByTestId("tab-AwaitingShipment")).ToContainTextAsync("等待您发货");
        await Screenshots.SaveAsync(page, "orders-zh");
        await page.GotoAsync("/Orders");

        await page.GetByTestId("search").FillAsync("e2e-2001");
        await page.GetByTestId("search").PressAsync("Enter");
        await Assertions.Expect(page.GetByTestId("order-row")).ToHaveCountAsync(1);
        await page.GetByTestId("order-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("parcel")).ToHaveCountAsync(1);
        await Assertions.Expect(page.GetByTestId("timeline")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "order-details");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_seller_previews_and_imports_a_csv_file()
    {
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.GotoAsync("/Orders/Import");
        await Screenshots.SaveAsync(page, "orders-import-start");

        var broken = OrderCsv.Sample(DateTimeOffset.UtcNow).Replace("SAMPLE-1002,Lena Schmidt,CAINIAO_ECONOMY", "SAMPLE-1002,Lena Schmidt,DHL_NOPE", StringComparison.Ordinal).Replace(",2,6.90,", ",two,6.90,", StringComparison.Ordinal);
        await page.GetByTestId("upload").SetInputFilesAsync(new FilePayload { Name = "broken.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(broken) });
        await page.GetByTestId("preview-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("error")).ToHaveCountAsync(2);
        await Assertions.Expect(page.GetByTestId("import-submit")).ToBeDisabledAsync();
        await Screenshots.SaveAsync(page, "orders-import-errors");

        string known;
        await using (var db = app.App.Db())
        {
            known = db.Orders.OrderBy(o => o.Id).Select(o => o.OrderNumber).First();
        }

        var sample = OrderCsv.Sample(DateTimeOffset.UtcNow);
        var good = sample.Replace("SAMPLE-", "E2E-CSV-", StringComparison.Ordinal) + sample.Split('\n')[1].Replace("SAMPLE-1001", known, StringComparison.Ordinal) + "\n";
        await page.GetByTestId("upload").SetInputFilesAsync(new FilePayload { Name = "marketplace-export.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(good) });
        await page.GetByTestId("preview-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-order")).ToHaveCountAsync(3);
        await Screenshots.SaveAsync(page, "orders-import");

        await page.GetByTestId("import-submit").ClickAsync();
        await Assertions.Expect(page.GetByTestId("toast-success")).ToContainTextAsync("2 orders imported from marketplace-export.csv; 1 skipped");
        await page.Context.CloseAsync();
    }

    private Task CreateOrderAsync(long storeId, string number) =>
        app.App.WithServices(TestActors.Seller(storeId, DemoSeeder.SellerEmail), async services =>
        {
            var result = await services.GetRequiredService<OrderIntakeService>().Create(
                new CreateOrderRequest
                {
                    OrderNumber = number,
                    BuyerName = "Camille Dubois",
                    BuyerChannelCode = "CAINIAO_STANDARD",
                    PlacedAt = DateTimeOffset.UtcNow.AddDays(-2),
                    ShipBy = DateTimeOffset.UtcNow.AddDays(3),
                    Recipient = new Common.Address
                    {
                        Name = "Camille Dubois", Phone = "+33 1 42 68 53 00", CountryCode = "FR", Province = "Île-de-France", City = "Paris",
                        PostalCode = "75008", Line1 = "55 Rue du Faubourg Saint-Honoré",
                    },
                    Lines =
                    [
                        new OrderLineRequest { Sku = "SCF-SILK-RED", Title = "Silk scarf, red peony print", Quantity = 2, UnitPrice = 12.00m, WeightGrams = 80 },
                        new OrderLineRequest { Sku = "MUG-CER-350", Title = "Ceramic mug 350 ml", Quantity = 1, UnitPrice = 7.20m, WeightGrams = 360 },
                    ],
                },
                CancellationToken.None);
            Assert.True(result.IsSuccess, result.Problem?.Message);
            return result.Value;
        });
}
