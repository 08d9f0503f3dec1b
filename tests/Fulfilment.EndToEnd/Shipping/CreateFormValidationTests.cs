namespace Fulfilment.EndToEnd.Shipping;

/// <summary>The logistics order form says what is wrong before anyone is asked to confirm a deduction.</summary>
public sealed class CreateFormValidationTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task An_empty_form_shows_its_errors_instead_of_the_confirmation_and_a_filled_one_asks_to_confirm()
    {
        await app.App.FundAsync(await app.App.StoreIdAsync(), 300m);
        var orderNumber = await OrderToShipAsync();
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);
        await page.GotoAsync($"/Shipping/{orderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true");
        await Journey.SettledAsync(page);
        var summary = page.Locator("[data-error-summary]");
        await Assertions.Expect(summary).ToBeHiddenAsync();

        // A weight of 0, the contents emptied, nothing chosen for undeliverable parcels, the agreement not ticked.
        await page.GetByTestId("weight").FillAsync("0");
        await page.GetByTestId("contents").FillAsync("");
        await Journey.SettledAsync(page);
        await page.GetByTestId("submit-shipment").ClickAsync();

        await Assertions.Expect(summary).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog")).ToBeHiddenAsync();
        Assert.EndsWith("/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(summary).ToBeFocusedAsync();
        await Assertions.Expect(summary.Locator("a")).ToHaveCountAsync(4);
        await ShotAsync(page, "shipping-create-errors");
        var weightError = await Journey.FieldErrorAsync(page, page.GetByTestId("weight"), "Input.Parcel.WeightGrams");
        Assert.Equal("Enter the parcel weight in grams, more than 0.", weightError);
        await Assertions.Expect(summary.Locator("a").First).ToHaveTextAsync("Weight (g): Enter the parcel weight in grams, more than 0.");
        await Journey.FieldErrorAsync(page, page.GetByTestId("contents"), "Input.Parcel.ContentsDescription");
        await Assertions.Expect(page.GetByTestId("weight")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.GetByTestId("weight")).ToHaveAttributeAsync("aria-describedby", "weight-hint error-Input-Parcel-WeightGrams");
        await Assertions.Expect(page.Locator("#agreement")).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.Undeliverable']")).ToHaveTextAsync("Choose Return or Destroy.");
        await Assertions.Expect(page.Locator("[data-valmsg-for='Input.AgreementAccepted']")).ToContainTextAsync("agree");

        // The summary's link takes the reader to the field.
        await summary.Locator("a[data-field='Input.Parcel.WeightGrams']").ClickAsync();
        await Assertions.Expect(page.GetByTestId("weight")).ToBeFocusedAsync();

        // Filled in: the confirmation names the deduction; nothing was posted before.
        await page.GetByTestId("weight").FillAsync("300");
        await page.GetByTestId("contents").FillAsync("Phone case");
        await page.GetByTestId("undeliverable-destroy").ClickAsync();
        await page.GetByTestId("agreement").CheckAsync();
        await Journey.SettledAsync(page);
        var total = (await page.GetByTestId("summary-total").TextContentAsync())!.Trim();
        await page.GetByTestId("submit-shipment").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog-message")).ToContainTextAsync($"{total} will be deducted");
        await Assertions.Expect(page.GetByTestId("weight")).Not.ToHaveAttributeAsync("aria-invalid", "true");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Journey.ArriveAsync(page, "/Shipping/Created/");
        await page.Context.CloseAsync();
    }

    private static async Task ShotAsync(IPage page, string name)
    {
        var height = await page.EvaluateAsync<int>("() => Math.ceil(document.documentElement.scrollHeight)");
        await page.SetViewportSizeAsync(1440, Math.Max(900, height));
        await Screenshots.SaveAsync(page, name);
        await page.SetViewportSizeAsync(1440, 900);
    }

    private async Task<string> OrderToShipAsync()
    {
        await using var db = app.App.Db();
        var orders = await db.Orders.Include(o => o.Lines)
            .Where(o => o.Store!.Name == DemoSeeder.DemoStoreName && o.Status == OrderStatus.AwaitingShipment && o.Lines.All(l => l.ShippedQuantity == 0))
            .OrderBy(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
        return orders.First(o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000).OrderNumber;
    }
}
