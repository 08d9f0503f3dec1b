namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>
/// Issue 12 §2, §3, §5 as a seller meets them: the Ship page (发货) and its buttons, the All tab, orders without a buyer's
/// channel, the advice when the buyer's channel cannot carry the parcel, self-send inside a collection range, the
/// agreement, the recipient dialog, and channels' Chinese names.
/// </summary>
public sealed class ShipPageAndFormTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Standard = "CAINIAO_STANDARD";

    public async ValueTask InitializeAsync() => await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 5000m);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<string> MoveAsync(string orderNumber, OrderTrigger trigger)
    {
        await using var db = fixture.App.Db();
        var order = await db.Orders.SingleAsync(o => o.OrderNumber == orderNumber, Ct);
        order.Apply(trigger, DateTimeOffset.UtcNow, "test");
        await db.SaveChangesAsync(Ct);
        return orderNumber;
    }

    [Fact]
    public async Task The_ship_page_offers_the_ways_to_ship_that_fit_the_orders_state()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var awaiting = (await fixture.App.FreshOrderAsync()).OrderNumber;
        var partial = await MoveAsync((await fixture.App.FreshOrderAsync()).OrderNumber, OrderTrigger.NoticeFiledPartly);
        var shipped = await MoveAsync((await fixture.App.FreshOrderAsync()).OrderNumber, OrderTrigger.NoticeFiledFully);

        var open = await browser.GetAsync($"/Orders/{awaiting}/Ship");
        Assert.Equal(HttpStatusCode.OK, open.Status);
        Assert.Equal($"/Shipping/{awaiting}/Channel", open.Document.QuerySelector("[data-testid=ship-online]")!.GetAttribute("href"));
        Assert.Equal($"/Orders/{awaiting}/Notice", open.Document.QuerySelector("[data-testid=ship-notice]")!.GetAttribute("href"));
        Assert.Null(open.Document.QuerySelector("[data-testid=ship-complete]"));
        Assert.Contains(awaiting, open.Document.QuerySelector("[data-testid=ship-order-summary]")!.TextContent, StringComparison.Ordinal);

        // The seed: "对于已部分发货的商品，您将会看到填写发货通知、发货完毕确认和线上发货三个按钮".
        var three = await browser.GetAsync($"/Orders/{partial}/Ship");
        Assert.NotNull(three.Document.QuerySelector("[data-testid=ship-online]"));
        Assert.NotNull(three.Document.QuerySelector("[data-testid=ship-notice]"));
        var complete = three.Document.QuerySelector("[data-testid=ship-complete]")!;
        Assert.Equal($"/Orders/{partial}/Notice?handler=Complete", complete.Closest("form")!.GetAttribute("action"));
        Assert.False(string.IsNullOrEmpty(complete.GetAttribute("data-confirm")));

        var done = await browser.GetAsync($"/Orders/{shipped}/Ship");
        Assert.NotNull(done.Document.QuerySelector("[data-testid=ship-done]"));
        Assert.Null(done.Document.QuerySelector("[data-testid=ship-online]"));
        Assert.Null(done.Document.QuerySelector("[data-testid=ship-notice]"));
        Assert.Null(done.Document.QuerySelector("[data-testid=ship-complete]"));

        // Reached from the order details too, and in Chinese with the seed's words.
        var details = await browser.GetAsync($"/Orders/{awaiting}");
        Assert.Equal($"/Orders/{awaiting}/Ship", details.Document.QuerySelector("[data-testid=action-ship]")!.GetAttribute("href"));
        using var chinese = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: "zh-CN");
        var zh = await chinese.GetAsync($"/Orders/{partial}/Ship");
        foreach (var word in new[] { "发货", "线上发货", "填写发货通知", "发货完毕确认" })
        {
            Assert.Contains(word, zh.Text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Orders/NO-SUCH-ORDER/Ship")).Status);
    }

    [Fact]
    public async Task All_orders_has_an_all_tab_beside_the_status_tabs_and_the_menu_follows_the_seed()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var storeId = await fixture.App.StoreIdAsync();
        int total;
        await using (var db = fixture.App.Db())
        {
            total = await db.Orders.CountAsync(o => o.StoreId == storeId, Ct);
        }

        var all = await browser.GetAsync("/Orders?status=All");

        Assert.Equal(HttpStatusCode.OK, all.Status);
        Assert.Contains("active", all.Document.QuerySelector("[data-testid=tab-All]")!.ClassName, StringComparison.Ordinal);
        Assert.Equal(total.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), all.Document.QuerySelector("[data-testid=count-All]")!.TextContent.Trim());
        Assert.NotNull(all.Document.QuerySelector("[data-testid=tab-AwaitingShipment]"));
        Assert.Equal(20, all.Document.QuerySelectorAll("[data-testid=order-row]").Length);
        var nav = all.Document.QuerySelector(".app-nav")!;
        Assert.Contains("Transaction", nav.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Orders?status=All", nav.QuerySelector("[data-testid=nav-orders]")!.GetAttribute("href"));
        Assert.Contains("All orders", nav.TextContent, StringComparison.Ordinal);
        Assert.Contains("International small package orders", nav.TextContent, StringComparison.Ordinal);

        using var chinese = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: "zh-CN");
        var zh = await chinese.GetAsync("/Orders?status=All");
        var zhNav = zh.Document.QuerySelector(".app-nav")!.TextContent;
        Assert.Contains("交易", zhNav, StringComparison.Ordinal);
        Assert.Contains("所有订单", zhNav, StringComparison.Ordinal);
        Assert.Contains("国际小包订单", zhNav, StringComparison.Ordinal);
        Assert.Contains("等待您发货", zh.Document.QuerySelector("[data-testid=tab-AwaitingShipment]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_order_without_a_buyers_channel_imports_by_api_and_csv_and_ships_without_a_mismatch_confirmation()
    {
        using var api = await fixture.SellerApi();
        var body = OrderJson.Order("NOCH-API-1");
        body["buyerChannelCode"] = null;
        var created = await (await api.PostAsJsonAsync("/api/orders", body, Ct)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, created.GetProperty("buyerChannelCode").ValueKind);
        var omitted = OrderJson.Order("NOCH-API-2");
        omitted.Remove("buyerChannelCode");
        await (await api.PostAsJsonAsync("/api/orders", omitted, Ct)).JsonAsync(HttpStatusCode.Created);

        // CSV: an empty buyerChannelCode cell.
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var csv = Encoding.UTF8.GetBytes(
            "orderNumber,buyerName,buyerChannelCode,placedAt,shipBy,recipientName,recipientPhone,countryCode,province,city,postalCode,addressLine1,addressLine2,sku,title,quantity,unitPrice,weightGrams\r\n"
            + "NOCH-CSV-1,Lena Schmidt,,2026-11-20T10:30:00Z,2026-12-27,Lena Schmidt,+49 30 901820,DE,Berlin,Berlin,10117,Unter den Linden 77,,A-1,Phone case,1,12.00,80\r\n");
        var preview = await (await browser.UploadAsync("/Orders/Import", "handler=Preview", "Upload", "orders.csv", csv)).PageAsync();
        Assert.Empty(preview.Document.QuerySelectorAll("[data-testid=error]"));
        var imported = await browser.ConfirmImportAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        await using (var db = fixture.App.Db())
        {
            Assert.Null(await db.Orders.Where(o => o.OrderNumber == "NOCH-CSV-1").Select(o => o.BuyerChannelCode).SingleAsync(Ct));
        }

        // No channel is the buyer's; the channel step advises to talk to the buyer; nothing is preselected.
        var quotes = await (await api.GetAsync("/api/orders/NOCH-API-1/channel-quotes", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.All(quotes.EnumerateArray(), q => Assert.False(q.GetProperty("isBuyerChoice").GetBoolean()));
        var step = await browser.GetAsync("/Shipping/NOCH-CSV-1/Channel");
        Assert.Equal("NoneChosen", step.Document.QuerySelector("[data-testid=buyer-advice]")!.GetAttribute("data-advice"));
        Assert.Contains("Contact the buyer", step.Document.QuerySelector("[data-testid=buyer-advice]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(step.Document.QuerySelector("[data-testid=mismatch-warning]"));
        Assert.DoesNotContain(step.Document.QuerySelectorAll("input[name='Input.ChannelCode']"), i => ((IHtmlInputElement)i).IsChecked);

        // The page goes on to the form without a confirmation, and the API ships without confirmChannelMismatch.
        var chosen = await browser.SubmitAsync("/Shipping/NOCH-CSV-1/Channel", new Dictionary<string, string> { ["Input.ChannelCode"] = "CAINIAO_ECONOMY", ["Input.ConfirmChannelMismatch"] = "false", ["GoodsType"] = "General" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        var formPage = await browser.GetAsync(chosen.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, formPage.Status);
        Assert.Null(formPage.Document.QuerySelector("[data-testid=mismatch-notice]"));
        var parcel = await (await api.ShipAsync("NOCH-API-1", Shipments.Body(Standard, confirm: false))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(Standard, parcel.GetProperty("channelCode").GetString());

        var details = await browser.GetAsync("/Orders/NOCH-API-2");
        Assert.NotNull(details.Document.QuerySelector("[data-testid=no-buyer-channel]"));
    }

    [Fact]
    public async Task When_the_buyers_channel_cannot_carry_the_parcel_the_channel_step_says_why_and_advises_talking_to_the_buyer()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_ECONOMY" && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);

        // Cainiao Super Economy carries general goods only.
        var battery = await browser.GetAsync($"/Shipping/{order.OrderNumber}/Channel?goodsType=Battery");
        var advice = battery.Document.QuerySelector("[data-testid=buyer-advice]")!;
        Assert.Equal("Ineligible", advice.GetAttribute("data-advice"));
        Assert.Contains("Does not accept this goods type.", advice.TextContent, StringComparison.Ordinal);
        Assert.Contains("Contact the buyer", advice.TextContent, StringComparison.Ordinal);

        var general = await browser.GetAsync($"/Shipping/{order.OrderNumber}/Channel?goodsType=General");
        Assert.Null(general.Document.QuerySelector("[data-testid=buyer-advice]"));

        // An inactive buyer's channel: in a database of this class only.
        await using (var db = fixture.App.Db())
        {
            var economy = await db.Channels.SingleAsync(c => c.Code == "CAINIAO_ECONOMY", Ct);
            economy.Active = false;
            await db.SaveChangesAsync(Ct);
        }

        try
        {
            var inactive = await browser.GetAsync($"/Shipping/{order.OrderNumber}/Channel");
            var said = inactive.Document.QuerySelector("[data-testid=buyer-advice]")!;
            Assert.Equal("Ineligible", said.GetAttribute("data-advice"));
            Assert.Contains("not in service", said.TextContent, StringComparison.Ordinal);
        }
        finally
        {
            await using var db = fixture.App.Db();
            (await db.Channels.SingleAsync(c => c.Code == "CAINIAO_ECONOMY", Ct)).Active = true;
            await db.SaveChangesAsync(Ct);
        }
    }

    [Fact]
    public async Task A_sender_inside_a_collection_range_may_still_self_send_through_the_api_and_the_page()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var body = Shipments.Body(Standard);
        body["handover"] = "SelfSend";

        var parcel = await (await api.ShipAsync(order.OrderNumber, body)).JsonAsync(HttpStatusCode.Created);

        Assert.Equal("SelfSend", parcel.GetProperty("handover").GetProperty("mode").GetString());
        Assert.Equal("YW-TRANSIT", parcel.GetProperty("handover").GetProperty("warehouse").GetProperty("code").GetString());

        // The page offers all three handovers for the Hangzhou sender (in HZ-COLLECT's range), with the instructions.
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var next = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{next.OrderNumber}/Create?channel={Standard}&goodsType=General";
        var page = await browser.GetAsync(url);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=handover-auto]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=handover-request]"));
        var selfSend = page.Document.QuerySelector("[data-testid=handover-selfsend]")!;
        Assert.Contains("Yiwu", selfSend.QuerySelector("[data-testid=transit-address]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("two layers", selfSend.QuerySelector("[data-testid=double-packing]")!.TextContent, StringComparison.Ordinal);
        Assert.True(((IHtmlInputElement)page.Document.QuerySelector("[data-testid=handover-auto] input")!).IsChecked);

        var fields = ShippingPageTests.Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.Handover"] = "SelfSend";
        fields["Input.Undeliverable"] = "Destroy";
        fields["Input.AgreementAccepted"] = "true";
        var submitted = await browser.PostAsync(url, fields, page.Token);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var created = await browser.GetAsync(submitted.Headers.Location!.ToString());
        Assert.Equal("SelfSend", created.Document.QuerySelector("[data-testid=handover-instructions]")!.GetAttribute("data-mode"));
    }

    [Fact]
    public async Task The_agreement_is_a_page_and_a_dialog_and_each_parcel_keeps_the_version_and_time_accepted()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var agreement = await browser.GetAsync("/Shipping/Agreement");
        Assert.Equal(HttpStatusCode.OK, agreement.Status);
        Assert.Contains(OnlineShippingAgreement.Version, agreement.Document.QuerySelector("[data-testid=agreement-version]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(OnlineShippingAgreement.Clauses(chinese: false).Count, agreement.Document.QuerySelectorAll("[data-testid=agreement-text] li").Length);
        using var chinese = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: "zh-CN");
        Assert.Contains("《在线发货使用者协议》", (await chinese.GetAsync("/Shipping/Agreement")).Text, StringComparison.Ordinal);

        // On the form: the undeliverable choice, then the agreement (a link to its page and a dialog), then Submit shipment.
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var form = await browser.GetAsync($"/Shipping/{order.OrderNumber}/Create?channel={Standard}&goodsType=General");
        Assert.Equal("/Shipping/Agreement", form.Document.QuerySelector("[data-testid=agreement-link]")!.GetAttribute("href"));
        Assert.NotNull(form.Document.QuerySelector("dialog[data-testid=agreement-dialog] [data-testid=agreement-text]"));
        var order_ = form.Html.IndexOf("data-testid=\"undeliverable-return\"", StringComparison.Ordinal);
        var agreed = form.Html.IndexOf("data-testid=\"agreement\"", StringComparison.Ordinal);
        var submit = form.Html.IndexOf("data-testid=\"submit-shipment\"", StringComparison.Ordinal);
        Assert.True(order_ < agreed && agreed < submit, "undeliverable, then agreement, then submit");
        var zhForm = await chinese.GetAsync($"/Shipping/{order.OrderNumber}/Create?channel={Standard}&goodsType=General");
        Assert.Contains("我已阅读并同意", zhForm.Text, StringComparison.Ordinal);
        Assert.Contains("《在线发货使用者协议》", zhForm.Document.QuerySelector("[data-testid=agreement-link]")!.TextContent, StringComparison.Ordinal);

        using var api = await fixture.SellerApi();
        var before = DateTimeOffset.UtcNow.AddSeconds(-5);
        var parcel = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);
        var accepted = parcel.GetProperty("agreement");
        Assert.Equal(OnlineShippingAgreement.Version, accepted.GetProperty("version").GetString());
        Assert.InRange(accepted.GetProperty("acceptedAt").GetDateTimeOffset(), before, DateTimeOffset.UtcNow.AddSeconds(5));
        await using (var db = fixture.App.Db())
        {
            var stored = await db.LogisticsOrders.SingleAsync(l => l.Id == parcel.GetProperty("id").GetInt64(), Ct);
            Assert.Equal(OnlineShippingAgreement.Version, stored.AgreementVersion);
            Assert.NotNull(stored.AgreementAcceptedAt);
        }

        var created = await browser.GetAsync($"/Shipping/Created/{parcel.GetProperty("id").GetInt64()}");
        Assert.Contains(OnlineShippingAgreement.Version, created.Document.QuerySelector("[data-testid=agreement-accepted]")!.TextContent, StringComparison.Ordinal);
        var details = await browser.GetAsync($"/Packages/{parcel.GetProperty("id").GetInt64()}");
        Assert.Contains(OnlineShippingAgreement.Version, details.Document.QuerySelector("[data-testid=parcel-agreement]")!.TextContent, StringComparison.Ordinal);

        // A version the seller read that is no longer in force is refused.
        var stale = Shipments.Body(Standard);
        stale["agreementVersion"] = "2020-01-01";
        var next = await fixture.App.FreshOrderAsync();
        var problem = await Problems.AssertAsync(await api.ShipAsync(next.OrderNumber, stale), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("agreementVersion", out _));
    }

    [Fact]
    public async Task Modify_recipient_info_changes_this_parcel_only_and_works_without_javascript()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && o.Recipient.CountryCode == "US" && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel={Standard}&goodsType=General";
        var page = await browser.GetAsync(url);
        var link = page.Document.QuerySelector("[data-testid=modify-recipient]")!;
        Assert.Equal("recipient-dialog", link.GetAttribute("data-dialog-open"));
        Assert.False(page.Document.QuerySelector("[data-testid=recipient-dialog]")!.HasAttribute("open"));
        // Without JavaScript the link opens the page with the dialog open.
        var opened = await browser.GetAsync(link.GetAttribute("href")!.Split('#')[0]);
        Assert.True(opened.Document.QuerySelector("[data-testid=recipient-dialog]")!.HasAttribute("open"));

        var fields = ShippingPageTests.Fields((IHtmlFormElement)opened.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.Recipient.Name"] = "Noah Parcel-Only";
        fields["Input.Recipient.Line1"] = "1 Changed Street";
        fields["RecipientAction"] = "save";
        var saved = await (await browser.PostAsync(url + "&handler=Recipient", fields, opened.Token)).PageAsync();
        Assert.Equal(HttpStatusCode.OK, saved.Status);
        Assert.Contains("Noah Parcel-Only", saved.Document.QuerySelector("[data-testid=recipient-view]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", saved.Document.QuerySelector("[data-testid=modify-recipient-flag]")!.GetAttribute("value"));
        Assert.False(saved.Document.QuerySelector("[data-testid=recipient-dialog]")!.HasAttribute("open"));

        var submit = ShippingPageTests.Fields((IHtmlFormElement)saved.Document.QuerySelector("[data-testid=create-form]")!);
        submit["Input.Undeliverable"] = "Destroy";
        submit["Input.AgreementAccepted"] = "true";
        var created = await browser.PostAsync(url, submit, saved.Token);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        await using var db = fixture.App.Db();
        var parcel = await db.LogisticsOrders.SingleAsync(l => l.OrderNumber == order.OrderNumber, Ct);
        Assert.Equal("Noah Parcel-Only", parcel.Recipient.Name);
        Assert.Equal("1 Changed Street", parcel.Recipient.Line1);
        var kept = await db.Orders.SingleAsync(o => o.OrderNumber == order.OrderNumber, Ct);
        Assert.NotEqual("Noah Parcel-Only", kept.Recipient.Name);
    }

    [Fact]
    public async Task A_channels_chinese_name_shows_in_the_chinese_ui_and_an_admin_edits_it()
    {
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        using var chinese = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: "zh-CN");
        using var english = await fixture.BrowserAs(DemoSeeder.SellerEmail);

        var zh = await chinese.GetAsync($"/Shipping/{order.OrderNumber}/Channel");
        Assert.Contains("菜鸟无忧物流-标准", zh.Document.QuerySelector($"[data-testid=channel-{Standard}]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("选择物流方案", zh.Text, StringComparison.Ordinal);
        var en = await english.GetAsync($"/Shipping/{order.OrderNumber}/Channel");
        Assert.Contains("Cainiao Standard Shipping", en.Document.QuerySelector($"[data-testid=channel-{Standard}]")!.TextContent, StringComparison.Ordinal);

        using var admin = await fixture.AdminApi();
        var channel = await (await admin.GetAsync($"/api/admin/channels/{Standard}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("菜鸟无忧物流-标准", channel.GetProperty("chineseName").GetString());
        var edit = System.Text.Json.Nodes.JsonNode.Parse(channel.GetRawText())!.AsObject();
        edit["chineseName"] = "菜鸟标准（测试）";
        await (await admin.PutAsJsonAsync($"/api/admin/channels/{Standard}", edit, Ct)).JsonAsync(HttpStatusCode.OK);

        var renamed = await chinese.GetAsync($"/Shipping/{order.OrderNumber}/Channel");
        Assert.Contains("菜鸟标准（测试）", renamed.Document.QuerySelector($"[data-testid=channel-{Standard}]")!.TextContent, StringComparison.Ordinal);

        // The admin page edits it too.
        using var adminPage = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var editor = await adminPage.GetAsync($"/Admin/Channels/Edit/{Standard}");
        Assert.Equal("菜鸟标准（测试）", editor.Document.QuerySelector("[data-testid=channel-chinese-name]")!.GetAttribute("value"));
        var fields = ShippingPageTests.Fields((IHtmlFormElement)editor.Document.QuerySelector("[data-testid=channel-chinese-name]")!.Closest("form")!);
        fields["Input.ChineseName"] = "菜鸟无忧物流-标准";
        var saved = await adminPage.PostAsync($"/Admin/Channels/Edit/{Standard}", fields, editor.Token);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = fixture.App.Db();
        Assert.Equal("菜鸟无忧物流-标准", await db.Channels.Where(c => c.Code == Standard).Select(c => c.ChineseName).SingleAsync(Ct));
    }

    [Fact]
    public async Task The_form_asks_the_server_what_the_parcel_costs_as_the_seller_packs_it()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && o.Lines.Count >= 2 && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel={Standard}&goodsType=General";
        var page = await browser.GetAsync(url);
        var form = (IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!;
        Assert.DoesNotContain("data-rates", page.Html, StringComparison.Ordinal);
        var fields = ShippingPageTests.Fields(form);
        // Only the first line goes in this parcel, and the seller chooses Return.
        for (var i = 1; i < order.Lines.Count; i++)
        {
            fields[$"Input.Lines[{i}].Quantity"] = "0";
        }

        fields["Input.Undeliverable"] = "Return";

        var response = await browser.PostAsync(form.GetAttribute("data-preview-url")!, fields, page.Token);
        var preview = await response.JsonAsync(HttpStatusCode.OK);

        var first = order.Lines[0];
        var weight = Math.Max(1, first.WeightGrams * first.Quantity);
        var expected = await fixture.App.ExpectedAsync(Standard, order.Country, weight);
        Assert.Equal(weight, preview.GetProperty("weightGrams").GetInt32());
        Assert.Equal((first.UnitPrice * first.Quantity).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), preview.GetProperty("declaredValue").GetString());
        Assert.Equal(Fulfilment.Web.Infrastructure.Display.Money(expected.Freight + expected.ReturnFee), preview.GetProperty("toBeDeducted").GetString());
        Assert.Equal("0", preview.GetProperty("lines")[1].GetProperty("quantity").GetRawText());
    }
}
