namespace Fulfilment.IntegrationTests.Hardening;

/// <summary>The pages take the same bad input as the API without a 500: they say which field could not be read and change nothing.</summary>
public sealed class PageInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/Orders?q=%00", "q")]
    [InlineData(DemoSeeder.SellerEmail, "/Packages?orderNumber=ab%00", "orderNumber")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Users?q=%00", "q")]
    public async Task Nul_in_a_query_string_is_a_400_page_naming_the_field(string email, string url, string field)
    {
        using var browser = await fixture.BrowserAs(email);

        var page = await browser.GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, page.Status);
        Assert.Contains(field, page.Document.QuerySelector("[data-testid=unreadable-field]")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed.", page.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nul_in_a_form_field_is_a_400_page_naming_it_and_stores_nothing()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        await using var db = fixture.App.Db();
        var before = await db.SenderAddresses.CountAsync(TestContext.Current.CancellationToken);

        var response = await browser.SubmitAsync("/SenderAddresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "Li\0 Wei", ["Input.Phone"] = "+86 138 0013 8000", ["Input.CountryCode"] = "CN", ["Input.City"] = "Hangzhou",
            ["Input.Line1"] = "1 Wensan Road",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var shown = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html);
        Assert.True(shown.QuerySelector("[data-testid=unreadable-field]")?.TextContent.Contains("Name", StringComparison.Ordinal) == true, shown.Body?.TextContent);
        Assert.Equal(before, await db.SenderAddresses.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Nul_in_the_sign_in_form_is_a_400_page_not_a_500()
    {
        using var session = new PageSession(fixture.App.CreateClient(new() { AllowAutoRedirect = false }));

        var response = await session.SubmitAsync("/Login", new Dictionary<string, string> { ["Input.Email"] = "seller@demo.test\0", ["Input.Password"] = "x" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/Orders?p=20000000")]
    [InlineData(DemoSeeder.SellerEmail, "/Packages?p=20000000&status=cancelled")]
    [InlineData(DemoSeeder.SellerEmail, "/FreightAccount?p=20000000")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Users?p=20000000")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Channels?p=20000000")]
    [InlineData(DemoSeeder.AdminEmail, "/Admin/Warehouses?p=-5")]
    public async Task A_page_number_far_past_the_end_shows_an_empty_page(string email, string url)
    {
        using var browser = await fixture.BrowserAs(email);

        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(url)).Status);
    }

    [Fact]
    public async Task A_payment_method_given_by_number_in_the_form_is_refused_next_to_the_field()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);

        var response = await browser.SubmitAsync(
            "/FreightAccount",
            new Dictionary<string, string> { ["Bind.Method"] = "7", ["Bind.HolderName"] = "Li Wei", ["Bind.AccountNumber"] = "6222020200112334821" },
            formAction: "handler=Bind");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.NotNull(page.FieldError("Bind.Method"));
        await using var db = fixture.App.Db();
        var store = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        var methods = await db.FreightAccounts.Where(a => a.StoreId == store).Select(a => a.Method).ToListAsync(TestContext.Current.CancellationToken);
        Assert.All(methods, m => Assert.True(Enum.IsDefined(m)));
    }
}
