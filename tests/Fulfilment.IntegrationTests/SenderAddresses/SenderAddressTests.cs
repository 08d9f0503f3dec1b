namespace Fulfilment.IntegrationTests.SenderAddresses;

public sealed class SenderAddressTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static object Address(string name = "Zhang Wei", string country = "CN", bool isDefault = false) => new
    {
        name, phone = "+86 138 0000 1111", countryCode = country, province = "Guangdong", city = "Shenzhen",
        postalCode = "518000", line1 = "No. 1 Keji Road", isDefault,
    };

    [Fact]
    public async Task Api_adds_lists_and_moves_the_default()
    {
        using var api = await fixture.SellerApi();
        var created = await (await api.PostJson("/api/sender-addresses", Address(isDefault: true))).JsonAsync(HttpStatusCode.Created);
        Assert.True(created.GetProperty("isDefault").GetBoolean());
        var list = await (await api.GetAsync("/api/sender-addresses")).JsonAsync(HttpStatusCode.OK);
        var items = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Single(items, i => i.GetProperty("isDefault").GetBoolean());
        Assert.Equal(created.GetProperty("id").GetInt64(), items[0].GetProperty("id").GetInt64());
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_stored()
    {
        using var api = await fixture.SellerApi();
        var before = (await (await api.GetAsync("/api/sender-addresses")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        var response = await api.PostJson("/api/sender-addresses", Address(name: "", country: "XX"));
        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));
        Assert.True(problem.GetProperty("errors").TryGetProperty("countryCode", out _));
        var after = (await (await api.GetAsync("/api/sender-addresses")).JsonAsync(HttpStatusCode.OK)).GetProperty("total").GetInt32();
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Another_stores_address_is_not_found()
    {
        using var first = await fixture.SellerApi();
        using var second = await fixture.Seller2Api();
        var created = await (await first.PostJson("/api/sender-addresses", Address())).JsonAsync(HttpStatusCode.Created);
        var id = created.GetProperty("id").GetInt64();
        await Problems.AssertAsync(await second.GetAsync($"/api/sender-addresses/{id}"), HttpStatusCode.NotFound, "not_found");
        using var browser = await fixture.BrowserAs(DemoData.DemoSeeder.Seller2Email);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/SenderAddresses?edit={id}")).Status);
    }

    [Fact]
    public async Task The_page_shows_errors_next_to_fields()
    {
        using var browser = await fixture.BrowserAs(DemoData.DemoSeeder.SellerEmail);
        var response = await browser.SubmitAsync("/SenderAddresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "", ["Input.Phone"] = "abc", ["Input.CountryCode"] = "CN", ["Input.City"] = "Hangzhou", ["Input.Line1"] = "x",
        }, formAction: "handler=Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        var page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.Equal("Required.", page.FieldError("Input.Name"));
        Assert.NotNull(page.FieldError("Input.Phone"));
    }

    [Fact]
    public async Task A_default_flag_the_page_cannot_read_saves_nothing()
    {
        using var browser = await fixture.BrowserAs(DemoData.DemoSeeder.SellerEmail);
        var response = await browser.SubmitAsync("/SenderAddresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "Maybe Default", ["Input.Phone"] = "+86 138 0000 0000", ["Input.CountryCode"] = "CN", ["Input.Province"] = "Zhejiang",
            ["Input.City"] = "Hangzhou", ["Input.PostalCode"] = "310012", ["Input.Line1"] = "No. 1 Test Road", ["Input.IsDefault"] = "maybe",
        }, formAction: "handler=Save");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.Equal("This value could not be read: check its type and format.", page.FieldError("Input.IsDefault"));
        await using var db = fixture.App.Db();
        Assert.False(await db.SenderAddresses.IgnoreQueryFilters().AnyAsync(a => a.Address.Name == "Maybe Default", TestContext.Current.CancellationToken));
    }
}
