using AngleSharp.Html.Parser;

namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>
/// The logistics order form after a refused submit: an error summary that links to each field, fields that say they are
/// invalid (aria-invalid, aria-describedby naming their hint and their message), the rules the browser checks before
/// the confirmation; and what a line's blank customs value means for the parcel's declared value.
/// </summary>
public sealed class CreateFormErrorsTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Standard = "CAINIAO_STANDARD";

    public async ValueTask InitializeAsync() => await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 3000m);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_empty_form_comes_back_with_a_summary_linking_each_field_and_fields_marked_invalid()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var (url, page, fields) = await OpenAsync(browser);
        fields["Input.Parcel.WeightGrams"] = "";
        fields["Input.Parcel.ContentsDescription"] = "";
        fields.Remove("Input.Undeliverable");

        var shown = await PostAsync(browser, url, fields, page.Token);

        var summary = shown.Document.QuerySelector("[data-error-summary]")!;
        Assert.False(summary.HasAttribute("hidden"));
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Contains("There is a problem", summary.TextContent, StringComparison.Ordinal);
        foreach (var name in new[] { "Input.Parcel.WeightGrams", "Input.Parcel.ContentsDescription", "Input.Undeliverable", "Input.AgreementAccepted" })
        {
            var link = summary.QuerySelector($"a[data-field='{name}']");
            Assert.True(link is not null, $"The summary does not link to {name}.");
            var message = shown.Document.GetElementById(link!.GetAttribute("href")!.TrimStart('#'));
            Assert.True(message is not null, $"The summary's link for {name} goes nowhere.");
            Assert.Equal(name, message!.GetAttribute("data-valmsg-for"));
            Assert.Equal(link.TextContent.Trim(), message.TextContent.Trim());
            foreach (var field in shown.Document.QuerySelectorAll($"[name='{name}']:not([type=hidden])"))
            {
                Assert.Equal("true", field.GetAttribute("aria-invalid"));
                Assert.Contains(message.Id!, (field.GetAttribute("aria-describedby") ?? "").Split(' '));
            }
        }

        // The weight keeps naming its hint before its message; a valid field says nothing.
        var weight = shown.Document.QuerySelector("[data-testid=weight]")!;
        Assert.Equal(["weight-hint", "error-Input-Parcel-WeightGrams"], weight.GetAttribute("aria-describedby")!.Split(' '));
        Assert.Contains("is-invalid", weight.ClassList);
        Assert.Null(shown.Document.QuerySelector("#declared-value")!.GetAttribute("aria-invalid"));
        Assert.Equal("Required.", shown.FieldError("Input.Parcel.WeightGrams"));
    }

    [Fact]
    public async Task The_form_states_the_validators_rules_for_the_browser_and_no_error_before_a_submit()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var (_, page, _) = await OpenAsync(browser);
        var d = page.Document;

        Assert.True(d.QuerySelector("[data-error-summary]")!.HasAttribute("hidden"));
        Assert.Empty(d.QuerySelectorAll("[aria-invalid]"));
        Assert.NotNull(d.QuerySelector("form[data-client-validate]"));
        var weight = d.QuerySelector("[data-testid=weight]")!;
        Assert.Equal("Required.", weight.GetAttribute("data-val-required"));
        Assert.Equal("1", weight.GetAttribute("data-val-min-value"));
        Assert.Equal("Enter the parcel weight in grams, more than 0.", weight.GetAttribute("data-val-min"));
        var contents = d.QuerySelector("[data-testid=contents]")!;
        Assert.Equal("Required.", contents.GetAttribute("data-val-required"));
        Assert.Equal("100", contents.GetAttribute("data-val-maxlength-max"));
        Assert.Contains("agree", d.QuerySelector("#agreement")!.GetAttribute("data-val-required"), StringComparison.Ordinal);
        Assert.All(d.QuerySelectorAll("input[name='Input.Undeliverable']"), r => Assert.Equal("Choose Return or Destroy.", r.GetAttribute("data-val-required")));
        // A quantity of 0 leaves the line for a later parcel: the form allows it although the request's lines start at 1.
        Assert.Equal("0", d.QuerySelector("[data-qty]")!.GetAttribute("data-val-min-value"));
        // The customs categories are worded once (Labels), here in English.
        Assert.Equal(["Sale of goods", "Gift", "Commercial sample", "Documents", "Returned goods", "Other"], d.QuerySelectorAll("#category option").Select(o => o.TextContent.Trim()));
    }

    [Fact]
    public async Task The_rules_for_the_browser_are_said_in_chinese_too()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: "zh-CN");
        var (_, page, _) = await OpenAsync(browser);

        var weight = page.Document.QuerySelector("[data-testid=weight]")!;
        Assert.DoesNotContain("Required", weight.GetAttribute("data-val-required"), StringComparison.Ordinal);
        Assert.Contains(weight.GetAttribute("data-val-required")!, c => c >= '\u4e00' && c <= '\u9fff');
        Assert.Equal("销售商品", page.Document.QuerySelector("#category option")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_line_value_left_blank_is_declared_as_the_line_value_the_form_showed()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var (url, page, fields) = await OpenAsync(browser, lines: 1);
        var shownValue = fields["Input.Lines[0].Value"];
        fields["Input.Lines[0].Value"] = "";
        fields["Input.Parcel.DeclaredValue"] = "";
        fields["Input.AgreementAccepted"] = "true";
        fields["Input.Undeliverable"] = "Destroy";

        var response = await browser.PostAsync(url, fields, page.Token);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(response.Headers.Location!.ToString().Split('/')[^1], CultureInfo.InvariantCulture);
        await using var db = fixture.App.Db();
        var parcel = await db.LogisticsOrders.Include(l => l.Lines).SingleAsync(l => l.Id == id, Ct);
        var line = Assert.Single(parcel.Lines);
        Assert.Equal(shownValue, line.Value.ToString("0.00", CultureInfo.InvariantCulture));
        Assert.Equal(line.Value, parcel.DeclaredValue);
        Assert.NotEqual(0m, parcel.DeclaredValue);
    }

    [Fact]
    public async Task The_preview_keeps_a_typed_line_value_fills_a_blank_one_and_declares_their_sum()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && o.Lines.Count >= 2 && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel={Standard}&goodsType=General";
        var page = await browser.GetAsync(url);
        var form = (IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!;
        var fields = ShippingPageTests.Fields(form);
        fields["Input.Lines[0].Value"] = "7.25";
        fields["Input.Lines[1].Value"] = "";

        var preview = await (await browser.PostAsync(form.GetAttribute("data-preview-url")!, fields, page.Token)).JsonAsync(HttpStatusCode.OK);

        var second = order.Lines[1];
        var secondValue = Fulfilment.Common.Money.Round(second.UnitPrice * second.Quantity);
        Assert.Equal("7.25", preview.GetProperty("lines")[0].GetProperty("value").GetString());
        Assert.Equal(secondValue.ToString("0.00", CultureInfo.InvariantCulture), preview.GetProperty("lines")[1].GetProperty("value").GetString());
        var rest = order.Lines.Skip(2).Sum(l => Fulfilment.Common.Money.Round(l.UnitPrice * l.Quantity));
        Assert.Equal((7.25m + secondValue + rest).ToString("0.00", CultureInfo.InvariantCulture), preview.GetProperty("declaredValue").GetString());
    }

    [Fact]
    public async Task Through_the_api_lines_without_a_value_declare_their_price_and_the_parcel_their_sum()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var body = Shipments.Body(Standard, 420);
        ((JsonObject)body["parcel"]!).Remove("declaredValue");
        body["lines"] = new JsonArray(order.Lines.Select(l => (JsonNode)new JsonObject { ["sku"] = l.Sku, ["quantity"] = l.Quantity, ["value"] = null }).ToArray());

        var created = await (await api.ShipAsync(order.OrderNumber, body)).JsonAsync(HttpStatusCode.Created);

        var expected = order.Lines.Sum(l => Fulfilment.Common.Money.Round(l.UnitPrice * l.Quantity));
        Assert.Equal(expected, created.GetProperty("parcel").GetProperty("declaredValue").GetDecimal());
        await using var db = fixture.App.Db();
        var id = created.GetProperty("id").GetInt64();
        var stored = await db.LogisticsOrders.Include(l => l.Lines).SingleAsync(l => l.Id == id, Ct);
        Assert.Equal(expected, stored.DeclaredValue);
        Assert.Equal(expected, stored.Lines.Sum(l => l.Value));
    }

    [Fact]
    public async Task Other_forms_show_the_same_summary_and_invalid_fields()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var response = await browser.SubmitAsync("/SenderAddresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Phone"] = "", ["Input.CountryCode"] = "CN", ["Input.City"] = "", ["Input.Line1"] = "",
        });
        var html = await response.Content.ReadAsStringAsync(Ct);
        var shown = new PageSession.Page(response.StatusCode, null, new HtmlParser().ParseDocument(html), html);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var summary = shown.Document.QuerySelector("[data-error-summary]")!;
        Assert.False(summary.HasAttribute("hidden"));
        Assert.NotNull(summary.QuerySelector("a[data-field='Input.Name'][href='#error-Input-Name']"));
        var name = shown.Document.QuerySelector("input[name='Input.Name']")!;
        Assert.Equal("true", name.GetAttribute("aria-invalid"));
        Assert.Equal("error-Input-Name", name.GetAttribute("aria-describedby"));
        Assert.Equal(shown.FieldError("Input.Name"), shown.Document.GetElementById("error-Input-Name")!.TextContent.Trim());
    }

    private async Task<(string Url, PageSession.Page Page, Dictionary<string, string> Fields)> OpenAsync(PageSession browser, int? lines = null)
    {
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == Standard && (lines is null || o.Lines.Count == lines) && o.Lines.Sum(l => l.WeightGrams * l.Quantity) <= 2000);
        var url = $"/Shipping/{order.OrderNumber}/Create?channel={Standard}&goodsType=General";
        var page = await browser.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return (url, page, ShippingPageTests.Fields((IHtmlFormElement)page.Document.QuerySelector("[data-testid=create-form]")!));
    }

    private static async Task<PageSession.Page> PostAsync(PageSession browser, string url, Dictionary<string, string> fields, string? token)
    {
        var response = await browser.PostAsync(url, fields, token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(Ct);
        return new PageSession.Page(response.StatusCode, null, new HtmlParser().ParseDocument(html), html);
    }
}
