using AngleSharp.Html.Parser;

namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>The wizard's pages as a browser without JavaScript uses them.</summary>
public sealed class ShippingPageTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 2000m);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task The_channel_page_lists_every_active_channel_with_the_buyers_preselected()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);

        var page = await browser.GetAsync($"/Shipping/{order.OrderNumber}/Channel");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(4, page.Document.QuerySelectorAll("input[name='Input.ChannelCode']").Length);
        var buyer = page.Document.QuerySelector($"[data-testid='channel-{order.BuyerChannelCode}']")!;
        Assert.NotNull(buyer.QuerySelector("[data-testid=buyer-choice]"));
        Assert.True(((IHtmlInputElement)buyer.QuerySelector("input")!).IsChecked);
        Assert.Equal(4, page.Document.QuerySelectorAll("input[name=goodsType]").Length);
        Assert.Contains("Contains a battery", page.Text, StringComparison.Ordinal);
        Assert.Equal(3, page.Document.QuerySelectorAll("ol.steps li").Length);
        Assert.Contains(" CNY", buyer.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_another_channel_needs_the_confirmation_naming_the_buyers_choice()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode != "CAINIAO_STANDARD");
        var url = $"/Shipping/{order.OrderNumber}/Channel";

        var refused = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Input.ChannelCode"] = "CAINIAO_STANDARD", ["Input.ConfirmChannelMismatch"] = "false", ["GoodsType"] = "General" });
        var html = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("dispute", new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=channel-errors]")!.TextContent, StringComparison.Ordinal);

        var accepted = await browser.SubmitAsync(url, new Dictionary<string, string> { ["Input.ChannelCode"] = "CAINIAO_STANDARD", ["Input.ConfirmChannelMismatch"] = "true", ["GoodsType"] = "General" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General&confirm=true", accepted.Headers.Location?.ToString());
    }

    [Fact]
    public async Task The_create_form_submits_once_even_when_posted_twice_at_the_same_time()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_STANDARD" && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General";
        var page = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = (IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!;
        var fields = Fields(form);
        Assert.Equal(order.Weight.ToString(System.Globalization.CultureInfo.InvariantCulture), fields["Input.Parcel.WeightGrams"]);
        Assert.False(string.IsNullOrEmpty(fields["FormKey"]));
        fields["Input.AgreementAccepted"] = "true";
        fields["Input.Undeliverable"] = "Return";

        var responses = await Task.WhenAll(browser.PostAsync(url, fields, page.Token), browser.PostAsync(url, fields, page.Token));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(responses[0].Headers.Location, responses[1].Headers.Location);
        Assert.StartsWith("/Shipping/Created/", responses[0].Headers.Location!.ToString(), StringComparison.Ordinal);
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.LogisticsOrders.CountAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));

        var created = await browser.GetAsync(responses[0].Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Contains("Logistics order created successfully", created.Text, StringComparison.Ordinal);
        var waybill = created.Document.QuerySelector("[data-testid=waybill-number]")!.TextContent.Trim();
        Assert.True(Fulfilment.Shipping.Waybill.IsValid(waybill), waybill);
        Assert.Equal("DoorPickup", created.Document.QuerySelector("[data-testid=handover-instructions]")!.GetAttribute("data-mode"));
        var id = responses[0].Headers.Location!.ToString().Split('/')[^1];
        Assert.NotNull(created.Document.QuerySelector($"a[href='/Packages/{id}/Label']"));
        Assert.NotNull(created.Document.QuerySelector($"a[href='/Packages/{id}']"));
        Assert.NotNull(created.Document.QuerySelector($"a[href='/Orders/{order.OrderNumber}']"));

        using var other = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(responses[0].Headers.Location!.ToString())).Status);
    }

    [Theory]
    [InlineData("Input.Parcel.DeclaredValue", "abc")]
    [InlineData("Input.Parcel.DeclaredValue", "1e30")]
    [InlineData("Input.Parcel.LengthCm", "abc")]
    [InlineData("Input.Parcel.CustomsCategory", "Bribe")]
    [InlineData("Input.Lines[0].Value", "twelve")]
    public async Task A_value_the_form_cannot_read_is_named_and_nothing_is_created_or_charged(string field, string value)
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_STANDARD" && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General";
        var page = await browser.GetAsync(url);
        var fields = Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.AgreementAccepted"] = "true";
        fields["Input.Undeliverable"] = "Return";
        Assert.True(fields.ContainsKey(field), field);
        fields[field] = value;
        var storeId = await fixture.App.StoreIdAsync();
        var before = await fixture.App.MoneyAsync(storeId);

        var response = await browser.PostAsync(url, fields, page.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var shown = new PageSession.Page(response.StatusCode, null, new HtmlParser().ParseDocument(html), html);
        Assert.Equal("This value could not be read: check its type and format.", shown.FieldError(field));
        await using var db = fixture.App.Db();
        Assert.Equal(0, await db.LogisticsOrders.CountAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
        Assert.Equal(before, await fixture.App.MoneyAsync(storeId));
    }

    [Fact]
    public async Task A_wizard_url_without_an_order_or_a_channel_is_no_error()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync();

        var noChannel = await browser.GetAsync($"/Shipping/{order.OrderNumber}/Create?channel=&goodsType=");
        Assert.Equal(HttpStatusCode.Redirect, noChannel.Status);
        Assert.StartsWith($"/Shipping/{order.OrderNumber}/Channel", noChannel.Location, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Shipping/%20/Channel")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/Shipping/%20/Create?channel=CAINIAO_STANDARD")).Status);
    }

    [Fact]
    public async Task The_create_form_shows_errors_next_to_fields_and_stores_nothing()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync();
        var url = $"/Shipping/{order.OrderNumber}/Create?channel={order.BuyerChannelCode}&goodsType=General";
        var page = await browser.GetAsync(url);
        var fields = Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.Parcel.WeightGrams"] = "0";
        fields["Input.Parcel.ContentsDescription"] = "";
        fields["Input.Lines[0].HsCode"] = "12";

        var response = await browser.PostAsync(url, fields, page.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var shown = new PageSession.Page(response.StatusCode, null, new HtmlParser().ParseDocument(html), html);
        Assert.NotNull(shown.FieldError("Input.Parcel.WeightGrams"));
        Assert.Equal("Required.", shown.FieldError("Input.Parcel.ContentsDescription"));
        Assert.NotNull(shown.FieldError("Input.Lines[0].HsCode"));
        Assert.NotNull(shown.FieldError("Input.AgreementAccepted"));
        Assert.NotNull(shown.FieldError("Input.Undeliverable"));
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_weight_over_the_channels_limit_is_shown_next_to_the_weight_field_and_stores_nothing()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_STANDARD");
        var url = $"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General";
        var page = await browser.GetAsync(url);
        var fields = Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.Parcel.WeightGrams"] = "2001";
        fields["Input.AgreementAccepted"] = "true";
        fields["Input.Undeliverable"] = "Destroy";

        var response = await browser.PostAsync(url, fields, page.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var shown = new PageSession.Page(response.StatusCode, null, new HtmlParser().ParseDocument(html), html);
        Assert.Equal("Over the weight limit of 2,000 g.", shown.FieldError("Input.Parcel.WeightGrams"));
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_contents_field_holds_at_most_a_hundred_characters_and_says_so_next_to_it()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Count >= 3);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel={order.BuyerChannelCode}&goodsType=General";
        var page = await browser.GetAsync(url);
        var input = (IHtmlInputElement)page.Document.QuerySelector("[data-testid=contents]")!;
        Assert.Equal(100, input.MaxLength);

        // The default (the titles of what is packed) stays within the limit, made of whole titles.
        Assert.InRange(input.Value.Length, 1, 100);
        Assert.False(input.Value.EndsWith(',') || input.Value.EndsWith(' '), input.Value);

        // A browser that ignores maxlength gets the server's message next to the field; nothing is created.
        var fields = Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.Parcel.ContentsDescription"] = new string('x', 101);
        var response = await browser.PostAsync(url, fields, page.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var shown = new PageSession.Page(response.StatusCode, null, new HtmlParser().ParseDocument(html), html);
        Assert.Equal("At most 100 characters.", shown.FieldError("Input.Parcel.ContentsDescription"));
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Without_an_account_the_seller_is_sent_to_bind_it_and_a_declined_withholding_says_what_to_do()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var order = await fixture.App.FreshOrderAsync(DemoSeeder.SecondStoreName, where: o => o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var channelUrl = $"/Shipping/{order.OrderNumber}/Channel";

        var unbound = await browser.GetAsync(channelUrl);
        Assert.Equal(HttpStatusCode.Redirect, unbound.Status);
        Assert.Equal($"/FreightAccount?reason=unbound&returnUrl={Uri.EscapeDataString(channelUrl)}", unbound.Location);

        var store = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        await fixture.App.FundAsync(store, 1m);
        await fixture.App.BindAsync(store, Fulfilment.FreightAccounts.PaymentMethod.Alipay, "declined@alipay.test");
        var url = $"/Shipping/{order.OrderNumber}/Create?channel={order.BuyerChannelCode}&goodsType=General";
        var page = await browser.GetAsync(url);
        var fields = Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.AgreementAccepted"] = "true";
        fields["Input.Undeliverable"] = "Destroy";
        var response = await browser.PostAsync(url, fields, page.Token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var alert = new HtmlParser().ParseDocument(html).QuerySelector("[data-testid=deduction-declined]");
        Assert.NotNull(alert);
        var expected = await fixture.App.ExpectedAsync(order.BuyerChannelCode, order.Country, order.Weight);
        Assert.Contains($"{expected.Freight - 1m:N2} CNY", alert.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing was deducted and no logistics order was created.", alert.TextContent, StringComparison.Ordinal);
        Assert.Equal("/FreightAccount#bind", alert.QuerySelector("[data-testid=rebind-link]")!.GetAttribute("href"));
        Assert.Equal("/FreightAccount#top-up", alert.QuerySelector("[data-testid=top-up-link]")!.GetAttribute("href"));
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Another_stores_order_is_not_found_on_every_step()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var order = await fixture.App.FreshOrderAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Shipping/{order.OrderNumber}/Channel")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General")).Status);
    }

    /// <summary>What the form would post as it stands: inputs (checked ones for radios and boxes), selects; the first value of a name wins.</summary>
    internal static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => (null, null),
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlSelectElement select => (select.Name, select.Value),
                IHtmlTextAreaElement area => (area.Name, area.Value),
                _ => (null, null),
            };
            if (!string.IsNullOrEmpty(name) && name != "__RequestVerificationToken")
            {
                fields.TryAdd(name, value ?? "");
            }
        }

        return fields;
    }
}
