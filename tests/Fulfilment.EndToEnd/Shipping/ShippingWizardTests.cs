using Fulfilment.Shipping.CreateLogisticsOrder;

namespace Fulfilment.EndToEnd.Shipping;

public sealed class ShippingWizardTests(Browser browser, LiveApp app) : IClassFixture<LiveApp>
{
    [Fact]
    public async Task A_seller_ships_with_another_channel_than_the_buyers_after_confirming_the_warning()
    {
        await app.App.FundAsync(await app.App.StoreIdAsync(), 500m);
        var orderNumber = await OrderToShipAsync();
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail);

        await page.GotoAsync($"/Shipping/{orderNumber}/Channel");
        await Assertions.Expect(page.Locator("[data-buyer=true] [data-testid=buyer-choice]")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("mismatch-warning")).ToBeHiddenAsync();
        await page.GetByTestId("channel-CAINIAO_STANDARD").ClickAsync();
        await Assertions.Expect(page.GetByTestId("mismatch-warning")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("mismatch-warning")).ToContainTextAsync("dispute");
        await page.GetByTestId("confirm-mismatch").CheckAsync();
        await Journey.ShotAsync(page, "shipping-channel", readme: false);
        await page.GetByTestId("channel-next").ClickAsync();

        await Journey.ArriveAsync(page, "/Create");
        await Assertions.Expect(page.GetByTestId("mismatch-notice")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid^=handover-preview]:visible")).ToContainTextAsync("Hangzhou Collection Warehouse");
        await page.GetByTestId("undeliverable-return").ClickAsync();
        await page.GetByTestId("agreement").CheckAsync();
        await Journey.SettledAsync(page);
        var total = (await page.GetByTestId("summary-total").TextContentAsync())!.Trim();
        Assert.EndsWith("CNY", total, StringComparison.Ordinal);
        await Journey.ShotAsync(page, "shipping-create", readme: false);

        await page.GetByTestId("submit-shipment").ClickAsync();
        await Assertions.Expect(page.Locator("#confirm-dialog-message")).ToContainTextAsync($"{total} will be deducted");
        await page.GetByTestId("confirm-ok").ClickAsync();

        await Journey.ArriveAsync(page, "/Shipping/Created/");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Logistics order created successfully");
        await Assertions.Expect(page.GetByTestId("waybill-number")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^LP[0-9]{9}CN$"));
        await Journey.ShotAsync(page, "shipping-created", readme: false);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_wizard_speaks_chinese()
    {
        await app.App.FundAsync(await app.App.StoreIdAsync(), 100m);
        var orderNumber = await OrderToShipAsync();
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.SellerEmail, "zh-CN");

        // The Ship page (发货) offers 线上发货, which opens the seed's 选择物流方案 step with the channels' Chinese names.
        await page.GotoAsync($"/Orders/{orderNumber}/Ship");
        await Assertions.Expect(page.GetByTestId("ship-online")).ToContainTextAsync("线上发货");
        await Assertions.Expect(page.GetByTestId("ship-notice")).ToContainTextAsync("填写发货通知");
        await Journey.ShotAsync(page, "ship-page-zh");
        await page.GetByTestId("ship-online").ClickAsync();
        await Journey.ArriveAsync(page, "/Channel");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("选择物流方案");
        await Assertions.Expect(page.GetByTestId("channel-CAINIAO_STANDARD")).ToContainTextAsync("菜鸟无忧物流-标准");
        await Assertions.Expect(page.Locator(".card-header").First).ToContainTextAsync("货物类型");
        await Journey.ShotAsync(page, "shipping-channel-zh");
        await page.GotoAsync($"/Shipping/{orderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("创建物流订单");
        await Assertions.Expect(page.GetByTestId("submit-shipment")).ToContainTextAsync("提交发货");
        await Assertions.Expect(page.GetByTestId("modify-recipient")).ToContainTextAsync("修改收件信息");
        await Journey.ShotAsync(page, "shipping-create-zh", readme: false);
        await page.GetByTestId("agreement-link").ClickAsync();
        await Assertions.Expect(page.GetByTestId("agreement-dialog")).ToContainTextAsync("《在线发货使用者协议》");
        await Journey.ShotAsync(page, "shipping-agreement-zh", readme: false);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_self_sent_parcel_says_where_to_send_it_and_how_to_pack_it()
    {
        var store = await app.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        await app.App.FundAsync(store, 300m);
        var id = await app.App.WithServices(TestActors.Seller(store, DemoSeeder.Seller2Email), async services =>
        {
            await using var db = app.App.Db();
            var order = await db.Orders.Where(o => o.StoreId == store).OrderBy(o => o.Id).FirstAsync(TestContext.Current.CancellationToken);
            var created = await services.GetRequiredService<CreateLogisticsOrderHandler>().Create(order.OrderNumber, new CreateLogisticsOrderRequest
            {
                ChannelCode = order.BuyerChannelCode,
                GoodsType = Channels.GoodsType.General,
                Parcel = new ParcelRequest { WeightGrams = 380, ContentsDescription = "Phone case" },
                Undeliverable = UndeliverableHandling.Destroy,
                AgreementAccepted = true,
            }, null, TestContext.Current.CancellationToken);
            return created.Value.Id;
        });
        var page = await Journey.SignInAsync(browser, app, DemoSeeder.Seller2Email);

        await page.GotoAsync($"/Shipping/Created/{id}");
        await Assertions.Expect(page.GetByTestId("handover-instructions")).ToContainTextAsync("Yiwu Transit Warehouse");
        await Assertions.Expect(page.GetByTestId("handover-instructions")).ToContainTextAsync("outer layer");
        await Journey.ShotAsync(page, "shipping-created-self-send", readme: false);
        await page.Context.CloseAsync();
    }

    // An order whose buyer chose another channel than Cainiao Standard, with a few lines that fit in one parcel.
    private async Task<string> OrderToShipAsync()
    {
        await using var db = app.App.Db();
        var orders = await db.Orders.Include(o => o.Lines)
            .Where(o => o.Store!.Name == DemoSeeder.DemoStoreName && o.Status == OrderStatus.AwaitingShipment && o.Lines.All(l => l.ShippedQuantity == 0) && o.BuyerChannelCode != "CAINIAO_STANDARD")
            .OrderBy(o => o.Id).ToListAsync(TestContext.Current.CancellationToken);
        return orders.OrderByDescending(o => o.Lines.Count).First(o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000).OrderNumber;
    }
}
