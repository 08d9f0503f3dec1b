namespace Fulfilment.IntegrationTests.Notices;

public sealed class NoticePageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_seller_files_a_notice_and_confirms_shipment_complete_from_the_pages()
    {
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 1000m);
        string orderNumber;
        await using (var db = fixture.App.Db())
        {
            orderNumber = await db.Orders
                .Where(o => o.StoreId == store && o.Status == OrderStatus.AwaitingShipment && o.Lines.Count >= 2
                    && !db.LogisticsOrders.Any(p => p.OrderId == o.Id) && !db.ExternalShipments.Any(e => e.OrderId == o.Id))
                .OrderBy(o => o.Id).Select(o => o.OrderNumber).FirstAsync();
        }

        var first = await fixture.App.ParcelAsync(store, orderNumber, lines: await FirstLineAsync(orderNumber));
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var page = await browser.GetAsync($"/Orders/{orderNumber}/Notice");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains(first.WaybillNumber, page.Text);

        var filed = await browser.SubmitAsync($"/Orders/{orderNumber}/Notice", new Dictionary<string, string> { ["Input.Waybills"] = first.WaybillNumber, ["Input.HandedOver"] = first.WaybillNumber }, formAction: "handler=File");
        Assert.Equal(HttpStatusCode.Redirect, filed.StatusCode);
        Assert.Equal(OrderStatus.PartiallyShipped, await StatusAsync(orderNumber));
        var again = await browser.PostAsync($"/Orders/{orderNumber}/Notice?handler=File", new Dictionary<string, string> { ["Input.Waybills"] = first.WaybillNumber }, page.Token);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var againHtml = await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains($"A shipping notice was already filed for parcel {first.WaybillNumber}.", againHtml, StringComparison.Ordinal);
        var noticed = await browser.GetAsync($"/Packages/{first.Id}");
        Assert.Null(noticed.Document.QuerySelector("[data-testid=cancel-parcel]"));
        Assert.Contains("its shipping notice is filed", noticed.Document.QuerySelector("[data-testid=cancel-unavailable]")!.TextContent, StringComparison.Ordinal);

        var completed = await browser.PostAsync($"/Orders/{orderNumber}/Notice?handler=Complete", new Dictionary<string, string>(), page.Token);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Equal(OrderStatus.Shipped, await StatusAsync(orderNumber));
    }

    [Fact]
    public async Task Nothing_chosen_shows_the_error_next_to_the_parcels_and_another_store_gets_404()
    {
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 1000m);
        var parcel = await fixture.App.ParcelAsync(store);
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var response = await browser.SubmitAsync($"/Orders/{parcel.OrderNumber}/Notice", new Dictionary<string, string> { ["Input.ShippedAt"] = "" }, formAction: "handler=File");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose at least one parcel, or declare a shipment sent by your own carrier.", await response.Content.ReadAsStringAsync());

        using var other = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Orders/{parcel.OrderNumber}/Notice")).Status);
    }

    [Theory]
    [InlineData("Input.ShippedAt", "garbage")]
    public async Task A_shipped_at_the_page_cannot_read_files_nothing(string field, string value)
    {
        var store = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        await fixture.App.FundAsync(store, 1000m);
        var parcel = await fixture.App.ParcelAsync(store);
        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);

        var response = await browser.SubmitAsync(
            $"/Orders/{parcel.OrderNumber}/Notice",
            new Dictionary<string, string> { ["Input.Waybills"] = parcel.WaybillNumber, [field] = value },
            formAction: "handler=File");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("This value could not be read", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False((await fixture.App.ParcelByIdAsync(parcel.Id)).NoticeFiled);
    }

    [Fact]
    public async Task The_shipped_at_time_is_read_on_the_stores_clocks()
    {
        var store = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        await fixture.App.FundAsync(store, 1000m);
        var parcel = await fixture.App.ParcelAsync(store);
        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        // Typed as the page shows times: in Asia/Shanghai, the store's zone (UTC+08:00). The next whole minute is after the
        // parcel was created and within the minute of slack the "not in the future" rule allows.
        var now = DateTime.UtcNow.AddHours(8);
        var typed = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0).AddMinutes(1);

        var response = await browser.SubmitAsync(
            $"/Orders/{parcel.OrderNumber}/Notice",
            new Dictionary<string, string>
            {
                ["Input.Waybills"] = parcel.WaybillNumber,
                ["Input.HandedOver"] = parcel.WaybillNumber,
                ["Input.ShippedAt"] = typed.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture),
            },
            formAction: "handler=File");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = fixture.App.Db();
        var notice = await db.ShippingNotices.OrderByDescending(n => n.Id).FirstAsync(TestContext.Current.CancellationToken);
        var expected = new DateTimeOffset(typed.Year, typed.Month, typed.Day, typed.Hour, typed.Minute, 0, TimeSpan.FromHours(8));
        Assert.Equal(expected.ToUniversalTime(), notice.ShippedAt);
    }

    [Fact]
    public async Task Cancelling_from_the_parcel_page_refunds_and_another_store_gets_404()
    {
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 1000m);
        var parcel = await fixture.App.ParcelAsync(store);
        var before = await fixture.App.MoneyAsync(store);
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var home = await browser.GetAsync("/");

        using var other = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var otherHome = await other.GetAsync("/");
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"/Packages/{parcel.Id}/Cancel", new Dictionary<string, string>(), otherHome.Token)).StatusCode);

        var cancelled = await browser.PostAsync($"/Packages/{parcel.Id}/Cancel", new Dictionary<string, string>(), home.Token);
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        var after = await fixture.App.MoneyAsync(store);
        Assert.Equal(before.Balance + parcel.Charged, after.Balance);
        Assert.Equal(after.Balance, after.LedgerSum);
    }

    private async Task<Dictionary<string, int>> FirstLineAsync(string orderNumber)
    {
        await using var db = fixture.App.Db();
        var line = await db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.OrderNumber == orderNumber)).OrderBy(l => l.Id).FirstAsync();
        return new Dictionary<string, int> { [line.Sku] = line.Quantity };
    }

    private async Task<OrderStatus> StatusAsync(string orderNumber)
    {
        await using var db = fixture.App.Db();
        return await db.Orders.Where(o => o.OrderNumber == orderNumber).Select(o => o.Status).SingleAsync();
    }
}
