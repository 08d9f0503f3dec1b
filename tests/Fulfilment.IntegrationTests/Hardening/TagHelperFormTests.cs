using AngleSharp.Html.Parser;

namespace Fulfilment.IntegrationTests.Hardening;

/// <summary>
/// The forms whose fields are named by tag helpers (<c>asp-for</c>, <c>checkbox-for</c>, the address and time-zone
/// editors) still bind as before: a post with errors shows the posted values and each field's error, a yes/no the page
/// cannot read is a field error (200) and never a 500, and the logistics order form's line rows follow the order's lines
/// (matched by SKU) whatever order the lines were posted in.
/// </summary>
public sealed class TagHelperFormTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Unreadable = "This value could not be read: check its type and format.";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_unreadable_yes_no_on_the_logistics_order_form_is_a_field_error_not_a_500()
    {
        await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 1000m);
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_STANDARD" && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General";
        var page = await browser.GetAsync(url);
        var fields = ShippingPageTests.Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        fields["Input.AgreementAccepted"] = "abc";
        fields["Input.ConfirmChannelMismatch"] = "maybe";

        var shown = await ReadAsync(await browser.PostAsync(url, fields, page.Token));

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal(Unreadable, shown.FieldError("Input.AgreementAccepted"));
        var agreement = shown.Document.QuerySelector("[data-testid=agreement]")!;
        Assert.False(agreement.HasAttribute("checked"));
        Assert.Equal("Input.AgreementAccepted", agreement.GetAttribute("name"));
        Assert.Equal("true", agreement.GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task An_unreadable_yes_no_on_the_channel_notice_and_admin_forms_answers_200()
    {
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 1000m);
        using var seller = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_STANDARD" && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var posted = await ReadAsync(await seller.SubmitAsync($"/Shipping/{order.OrderNumber}/Channel",
            new Dictionary<string, string> { ["Input.ChannelCode"] = "CAINIAO_ECONOMY", ["Input.ConfirmChannelMismatch"] = "abc", ["GoodsType"] = "General" }));
        Assert.True(posted.Status == HttpStatusCode.OK, posted.Status + " " + posted.Location + " " + posted.Text[..Math.Min(500, posted.Text.Length)]);
        Assert.Contains(Unreadable, posted.Text, StringComparison.Ordinal);
        Assert.False(posted.Document.QuerySelector("[data-testid=confirm-mismatch]")?.HasAttribute("checked") ?? false);

        var parcel = await fixture.App.ParcelAsync(store);
        var noticeUrl = $"/Orders/{parcel.OrderNumber}/Notice";
        var filed = await ReadAsync(await seller.SubmitAsync(noticeUrl,
            new Dictionary<string, string> { ["Input.Waybills"] = parcel.WaybillNumber, ["Input.DeclareExternal"] = "abc" }, formAction: "handler=File"));
        Assert.True(filed.Status == HttpStatusCode.OK, filed.Status + " " + filed.Location);
        Assert.Contains(Unreadable, filed.Text, StringComparison.Ordinal);
        Assert.NotNull(filed.Document.QuerySelector($"input[name='Input.Waybills'][value='{parcel.WaybillNumber}'][checked]"));

        using var admin = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var warehouse = await ReadAsync(await admin.SubmitAsync("/Admin/Warehouses/Edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "XX-FUZZ", ["Input.Name"] = "Fuzz", ["Input.Kind"] = "Collection", ["Input.Active"] = "abc", ["Input.IsDefaultTransit"] = "yes please",
        }));
        Assert.Equal(HttpStatusCode.OK, warehouse.Status);
        Assert.Equal(Unreadable, warehouse.FieldError("Input.Active"));
        Assert.Equal("checkbox", warehouse.Document.QuerySelector("#active")!.GetAttribute("type"));
        Assert.Equal("Fuzz", warehouse.Document.QuerySelector("input[name='Input.Name']")!.GetAttribute("value"));

        var channelForm = await ReadAsync(await admin.SubmitAsync("/Admin/Channels/Edit", new Dictionary<string, string>
        {
            ["Input.Code"] = "FUZZ", ["Input.Name"] = "", ["Input.Active"] = "abc", ["Input.GoodsTypes"] = "General",
        }));
        Assert.Equal(HttpStatusCode.OK, channelForm.Status);
        Assert.Equal(Unreadable, channelForm.FieldError("Input.Active"));
        Assert.NotNull(channelForm.Document.QuerySelector("input[name='Input.GoodsTypes'][value='General'][checked]"));
        Assert.Null(channelForm.Document.QuerySelector("input[name='Input.GoodsTypes'][value='Battery'][checked]"));
    }

    [Fact]
    public async Task The_address_editor_shows_posted_values_and_errors_under_its_fields()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var shown = await ReadAsync(await browser.SubmitAsync("/SenderAddresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Phone"] = "+86 571 8888 0000", ["Input.CountryCode"] = "CN", ["Input.City"] = "Hangzhou", ["Input.Line1"] = "No. 9 West Lake Road",
        }, formAction: "handler=Save"));

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.Equal("Required.", shown.FieldError("Input.Name"));
        Assert.Equal("true", shown.Document.QuerySelector("#Input_Name")!.GetAttribute("aria-invalid"));
        Assert.Equal("+86 571 8888 0000", shown.Document.QuerySelector("#Input_Phone")!.GetAttribute("value"));
        Assert.Equal("Hangzhou", shown.Document.QuerySelector("input[name='Input.City']")!.GetAttribute("value"));
        Assert.Equal("CN", shown.Document.QuerySelector("select[name='Input.CountryCode'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("Input_Name", shown.Document.QuerySelector("label[for='Input_Name']")!.GetAttribute("for"));
    }

    [Fact]
    public async Task Line_rows_follow_the_order_by_sku_and_the_dialog_shows_the_parcels_recipient()
    {
        await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 1000m);
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_STANDARD" && o.Lines.Count >= 2 && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel=CAINIAO_STANDARD&goodsType=General";
        var page = await browser.GetAsync(url);
        var fields = ShippingPageTests.Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!);
        var (first, second) = (order.Lines[0], order.Lines[1]);
        Assert.Equal(first.Sku, fields["Input.Lines[0].Sku"]);
        Assert.Equal(order.Lines[0].Quantity.ToString(CultureInfo.InvariantCulture), fields["Input.Lines[0].Quantity"]);
        var recipientName = fields["Input.Recipient.Name"];

        // The first two lines posted the other way round, the weight refused, a recipient typed but never saved.
        foreach (var field in new[] { "Sku", "Quantity", "Description", "HsCode", "OriginCountry", "Value" })
        {
            (fields[$"Input.Lines[0].{field}"], fields[$"Input.Lines[1].{field}"]) = (fields[$"Input.Lines[1].{field}"], fields[$"Input.Lines[0].{field}"]);
        }

        fields["Input.Lines[0].Quantity"] = "0";
        fields["Input.Lines[1].Description"] = "Typed for the first line";
        fields["Input.Parcel.WeightGrams"] = "0";
        fields["Input.Recipient.Name"] = "Nobody Saved";
        var shown = await ReadAsync(await browser.PostAsync(url, fields, page.Token));

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        Assert.NotNull(shown.FieldError("Input.Parcel.WeightGrams"));
        var rows = shown.Document.QuerySelectorAll("[data-line]").ToList();
        Assert.Equal(first.Sku, rows[0].QuerySelector("input[name='Input.Lines[0].Sku']")!.GetAttribute("value"));
        Assert.Equal("Typed for the first line", rows[0].QuerySelector("input[name='Input.Lines[0].Description']")!.GetAttribute("value"));
        Assert.Equal(second.Sku, rows[1].QuerySelector("input[name='Input.Lines[1].Sku']")!.GetAttribute("value"));
        Assert.Equal("0", rows[1].QuerySelector("input[name='Input.Lines[1].Quantity']")!.GetAttribute("value"));
        Assert.Equal(recipientName, shown.Document.QuerySelector("input[name='Input.Recipient.Name']")!.GetAttribute("value"));

        // A recipient the dialog refuses comes back as typed, with its errors, in the open dialog.
        fields["Input.Recipient.Name"] = "";
        fields["Input.Recipient.City"] = "Typed City";
        var refused = await ReadAsync(await browser.PostAsync(url + "&handler=Recipient", fields, page.Token));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("Required.", refused.FieldError("Input.Recipient.Name"));
        Assert.Equal("Typed City", refused.Document.QuerySelector("#Input_Recipient_City")!.GetAttribute("value"));
        Assert.True(refused.Document.QuerySelector("[data-testid=recipient-dialog]")!.HasAttribute("open"));
    }

    [Fact]
    public async Task The_store_time_zone_editor_keeps_each_rows_own_zone()
    {
        using var admin = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var page = await admin.GetAsync("/Admin/Stores");
        var forms = page.Document.QuerySelectorAll("[data-testid=stores] form").ToList();
        Assert.True(forms.Count >= 2);
        var action = forms[0].GetAttribute("action")!;
        var shown = await ReadAsync(await admin.PostAsync(action, new Dictionary<string, string> { ["Input.TimeZone"] = "Mars/Olympus" }, page.Token));

        Assert.Equal(HttpStatusCode.OK, shown.Status);
        var inputs = shown.Document.QuerySelectorAll("[data-testid=time-zone-input]").ToList();
        Assert.All(inputs, i => Assert.Equal("Input.TimeZone", i.GetAttribute("name")));
        Assert.Equal("Mars/Olympus", inputs[0].GetAttribute("value"));
        Assert.Equal("true", inputs[0].GetAttribute("aria-invalid"));
        Assert.Equal(page.Document.QuerySelectorAll("[data-testid=time-zone-input]")[1].GetAttribute("value"), inputs[1].GetAttribute("value"));
        Assert.Null(inputs[1].GetAttribute("aria-invalid"));
    }

    [Fact]
    public async Task The_inbox_filter_fields_keep_the_query_names_and_show_what_the_address_says()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var page = await browser.GetAsync("/Orders?status=All&shipByFrom=31-12-2026&placedTo=2026-05-01&country=XX");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        var form = page.Document.QuerySelector("[data-testid=inbox-filters]")!;
        Assert.Equal(["status", "shipByFrom", "shipByTo", "placedFrom", "placedTo", "country"],
            form.QuerySelectorAll("input[name]").Select(i => i.GetAttribute("name")!).ToArray());
        Assert.Equal("31-12-2026", form.QuerySelector("input[name=shipByFrom]")!.GetAttribute("value"));
        Assert.Equal("true", form.QuerySelector("input[name=shipByFrom]")!.GetAttribute("aria-invalid"));
        Assert.NotNull(form.QuerySelector("#filter-shipByFrom-error"));
        Assert.Equal("2026-05-01", form.QuerySelector("input[name=placedTo]")!.GetAttribute("value"));
        Assert.Equal("XX", form.QuerySelector("input[name=country]")!.GetAttribute("value"));
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/SenderAddresses", "Input.Name")]
    [InlineData(DemoSeeder.SellerEmail, "/FreightAccount", "Bind.HolderName")]
    [InlineData(DemoSeeder.SellerEmail, "/FreightAccount", "TopUp.Amount")]
    [InlineData(DemoSeeder.SellerEmail, "/Store", "Input.TimeZone")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Channels/Edit", "Input.Name")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Warehouses/Edit", "Input.Address.City")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Users", "Input.Email")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Stores", "Input.TimeZone")]
    public async Task Forms_with_a_validator_check_its_rules_in_the_browser_in_the_readers_language(string email, string url, string field)
    {
        await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 100m);
        foreach (var (culture, chinese) in new[] { ("en", false), ("zh-CN", true) })
        {
            using var browser = await fixture.BrowserAs(email, culture: culture);
            var page = await browser.GetAsync(url);
            var input = page.Document.QuerySelector($"form[data-client-validate] [name='{field}']");
            Assert.True(input is not null, $"{url}: no {field} in a form marked data-client-validate");
            var rules = input.Attributes.Where(a => a.Name.StartsWith("data-val-", StringComparison.Ordinal) && !a.Name.StartsWith("data-val-number", StringComparison.Ordinal) && !a.Name.EndsWith("-max", StringComparison.Ordinal) && !a.Name.EndsWith("-value", StringComparison.Ordinal)).ToList();
            Assert.True(rules.Count > 0, $"{url}: {field} carries no rule of its validator");
            Assert.All(rules, rule => Assert.True(rule.Value.Length > 0 && rule.Value.Any(c => c >= '\u4e00' && c <= '\u9fff') == chinese, $"{culture} {field} {rule.Name}={rule.Value}"));
        }
    }

    private static async Task<PageSession.Page> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        return new PageSession.Page(response.StatusCode, response.Headers.Location?.ToString(), new HtmlParser().ParseDocument(html), html);
    }
}
