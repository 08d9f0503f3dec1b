namespace Fulfilment.IntegrationTests.Orders;

/// <summary>The actions the inbox offers for an order, in a database of its own (it ships orders the tab tests count).</summary>
public sealed class OrderInboxActionsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_order_whose_every_unit_is_in_a_parcel_offers_its_notice_not_more_shipping()
    {
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 1000m);
        var parcel = await fixture.App.ParcelAsync(store);
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);

        var inbox = await browser.GetAsync($"/Orders?q={parcel.OrderNumber}");

        var actions = inbox.Document.QuerySelector("[data-testid=order-actions]")!;
        Assert.Equal($"/Orders/{parcel.OrderNumber}/Ship", actions.QuerySelector("[data-testid=action-ship]")!.GetAttribute("href"));
        var ship = await browser.GetAsync($"/Orders/{parcel.OrderNumber}/Ship");
        Assert.NotNull(ship.Document.QuerySelector("[data-testid=ship-notice]"));
        Assert.Null(ship.Document.QuerySelector("[data-testid=ship-online]"));
        Assert.NotNull(ship.Document.QuerySelector("[data-testid=ship-online-unavailable]"));
        var details = await browser.GetAsync($"/Orders/{parcel.OrderNumber}");
        Assert.Null(details.Document.QuerySelector("[data-testid=action-online-shipping]"));
        Assert.Contains("Order received from the marketplace.", details.Document.QuerySelector("[data-testid=timeline]")!.TextContent, StringComparison.Ordinal);
    }
}
