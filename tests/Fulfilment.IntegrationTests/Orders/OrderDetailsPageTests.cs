namespace Fulfilment.IntegrationTests.Orders;

public sealed class OrderDetailsPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_details_show_lines_recipient_channel_parcels_and_timeline()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var storeId = await fixture.App.StoreIdAsync();
        (await api.PostJson("/api/orders", OrderJson.Order("PAGE-1001", lines: [OrderJson.Line("A-1", 2), OrderJson.Line("B-2", 1)]))).EnsureSuccessStatusCode();
        await fixture.App.FundAsync(storeId, 500m);
        var parcel = await fixture.App.ParcelAsync(storeId, "PAGE-1001");
        await using (var db = fixture.App.Db())
        {
            var order = await db.Orders.SingleAsync(o => o.StoreId == storeId && o.OrderNumber == "PAGE-1001", ct);
            order.Apply(OrderTrigger.NoticeFiledPartly, DateTimeOffset.UtcNow, "test");
            await db.SaveChangesAsync(ct);
        }

        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var page = await browser.GetAsync("/Orders/PAGE-1001");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("PAGE-1001", page.Document.QuerySelector("[data-testid=order-number]")!.TextContent.Trim());
        var line = page.Document.QuerySelector("[data-testid=line][data-sku=A-1]")!;
        Assert.Equal("2", line.QuerySelector("[data-testid=ordered]")!.TextContent.Trim());
        Assert.Equal("2", line.QuerySelector("[data-testid=shipped]")!.TextContent.Trim());
        Assert.Equal("0", line.QuerySelector("[data-testid=remaining]")!.TextContent.Trim());
        Assert.Contains("500 Brannan St", page.Document.QuerySelector("[data-testid=recipient]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("CAINIAO_STANDARD", page.Document.QuerySelector("[data-testid=buyer-channel]")!.TextContent, StringComparison.Ordinal);
        var parcelLink = page.Document.QuerySelector("[data-testid=parcel] a")!;
        Assert.Equal($"/Packages/{parcel.Id}", parcelLink.GetAttribute("href"));
        Assert.Equal(parcel.WaybillNumber, parcelLink.TextContent.Trim());
        Assert.NotNull(page.Document.QuerySelector("[data-testid=parcel] .badge-status.status-AwaitingHandover"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=timeline] li[data-kind=OrderImported]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=action-notice]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=action-complete]"));
    }

    [Fact]
    public async Task An_unknown_or_foreign_order_is_the_not_found_page()
    {
        await using var db = fixture.App.Db();
        var demoStore = await fixture.App.StoreIdAsync();
        var foreign = await db.Orders.Where(o => o.StoreId == demoStore).Select(o => o.OrderNumber).FirstAsync(TestContext.Current.CancellationToken);

        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        foreach (var url in new[] { $"/Orders/{foreign}", "/Orders/NO-SUCH-ORDER" })
        {
            var page = await browser.GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.NotNull(page.Document.QuerySelector("[data-testid=not-found]"));
            Assert.DoesNotContain(foreign, page.Html, StringComparison.Ordinal);
        }

        using var seller = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        Assert.Equal(HttpStatusCode.OK, (await seller.GetAsync($"/Orders/{foreign}")).Status);
    }

    [Fact]
    public async Task The_pages_speak_chinese_with_the_seeds_words()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: "zh-CN");
        var inbox = await browser.GetAsync("/Orders");
        Assert.Contains("等待您发货", inbox.Text, StringComparison.Ordinal);
        // The seed: 交易 › 所有订单, each order's 发货 button.
        Assert.Contains("所有订单", inbox.Text, StringComparison.Ordinal);
        Assert.Contains("发货", inbox.Document.QuerySelector("[data-testid=action-ship]")!.TextContent, StringComparison.Ordinal);
        var account = await browser.GetAsync("/FreightAccount");
        Assert.Contains("运费扣款账户", account.Text, StringComparison.Ordinal);
        Assert.Contains("绑定账户", account.Text, StringComparison.Ordinal);
        var missing = fixture.App.Services.GetService(typeof(Fulfilment.Web.Localization.MissingTranslations)) as Fulfilment.Web.Localization.MissingTranslations;
        Assert.DoesNotContain(missing!.All, m => m.Contains("OrdersText", StringComparison.Ordinal) || m.Contains("FreightAccountText", StringComparison.Ordinal));
    }
}
