namespace Fulfilment.IntegrationTests.FreightAccounts;

public sealed class FreightAccountPageTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static Dictionary<string, string> Binding(string method, string number, string holder = "Li Na") => new()
    {
        ["Bind.Method"] = method, ["Bind.HolderName"] = holder, ["Bind.AccountNumber"] = number,
    };

    [Theory]
    [InlineData("BankCard", "4111 1111 1111 1112", "This is not a valid bank card number")]
    [InlineData("Alipay", "12345678901", "Enter the email address or the 11-digit mobile number")]
    public async Task Mistakes_show_next_to_the_field_and_the_number_is_never_sent_back(string method, string number, string message)
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var response = await browser.SubmitAsync("/FreightAccount", Binding(method, number), formAction: "handler=Bind");
        var page = await response.PageAsync();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.StartsWith(message, page.FieldError("Bind.AccountNumber"), StringComparison.Ordinal);
        Assert.DoesNotContain(number, page.Html, StringComparison.Ordinal);
        Assert.Equal("", page.Document.QuerySelector("#Bind_AccountNumber")!.GetAttribute("value"));
        Assert.Equal("Li Na", page.Document.QuerySelector("#Bind_HolderName")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Binding_after_the_unbound_redirect_goes_back_to_the_shipment_and_shows_only_the_mask()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var response = await browser.SubmitAsync(
            "/FreightAccount?reason=unbound&returnUrl=%2FShipping%2F81230001%2FChannel", Binding("BankCard", "6011 1111 1111 1117"), formAction: "handler=Bind");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Shipping/81230001/Channel", response.Headers.Location!.ToString());

        var page = await browser.GetAsync("/FreightAccount");
        Assert.Equal("**** 1117", page.Document.QuerySelector("[data-testid=account-masked]")!.TextContent.Trim());
        Assert.DoesNotContain("6011 1111", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("6011111111111117", page.Html, StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("[data-testid=unbound-banner]"));
        Assert.Contains("**** 1117", page.Document.QuerySelector("[data-testid=timeline] li")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_foreign_return_address_is_ignored()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var response = await browser.SubmitAsync(
            "/FreightAccount?reason=unbound&returnUrl=https%3A%2F%2Fevil.example%2F", Binding("Alipay", "seller@example.com"), formAction: "handler=Bind");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/FreightAccount", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_double_submitted_top_up_form_adds_the_money_once()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        await browser.SubmitAsync("/FreightAccount", Binding("Alipay", "13912345678"), formAction: "handler=Bind");
        var storeId = await fixture.App.StoreIdAsync();
        var (before, _) = await fixture.App.MoneyAsync(storeId);

        var page = await browser.GetAsync("/FreightAccount");
        var form = page.Document.QuerySelector("[data-testid=top-up-form]")!;
        var key = form.QuerySelector("input[name=IdempotencyKey]")!.GetAttribute("value")!;
        Assert.False(string.IsNullOrEmpty(key));
        Assert.False(string.IsNullOrEmpty(form.QuerySelector("[data-testid=top-up-submit]")!.GetAttribute("data-confirm")));
        var fields = new Dictionary<string, string> { ["TopUp.Amount"] = "300.00", ["IdempotencyKey"] = key };
        var responses = await Task.WhenAll(
            browser.PostAsync("/FreightAccount?handler=TopUp", fields, page.Token),
            browser.PostAsync("/FreightAccount?handler=TopUp", fields, page.Token));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));

        var (balance, sum) = await fixture.App.MoneyAsync(storeId);
        Assert.Equal(before + 300m, balance);
        Assert.Equal(balance, sum);
        var next = await browser.GetAsync("/FreightAccount");
        Assert.NotEqual(key, next.Document.QuerySelector("[data-testid=top-up-form] input[name=IdempotencyKey]")!.GetAttribute("value"));
        Assert.Contains("300.00", next.Document.QuerySelector("[data-testid=toast-success]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_flash_message_shows_once_after_its_redirect_and_a_page_without_one_sets_no_cookie()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        using var plain = await browser.Client.GetAsync("/Orders", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, plain.StatusCode);
        Assert.False(plain.Headers.TryGetValues("Set-Cookie", out var cookies), $"Set-Cookie on a page without a flash: {string.Join(" | ", cookies ?? [])}");

        var saved = await browser.SubmitAsync("/FreightAccount", Binding("Alipay", "13912345678"), formAction: "handler=Bind");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var flashed = await browser.GetAsync("/FreightAccount");
        Assert.Contains("Freight deduction account bound", flashed.Document.QuerySelector("[data-testid=toast-success]")!.TextContent, StringComparison.Ordinal);
        var after = await browser.GetAsync("/FreightAccount");
        Assert.Null(after.Document.QuerySelector("[data-testid=toast-success]"));
    }

    [Theory]
    [InlineData("0", "Enter an amount greater than zero.")]
    [InlineData("100000.01", "One top-up is at most 100,000.00 CNY.")]
    [InlineData("1.005", "Use at most two decimal places.")]
    public async Task A_wrong_amount_is_explained_next_to_the_field(string amount, string message)
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        await browser.SubmitAsync("/FreightAccount", Binding("Alipay", "13912345678"), formAction: "handler=Bind");
        var page = await browser.GetAsync("/FreightAccount");
        var key = page.Document.QuerySelector("input[name=IdempotencyKey]")!.GetAttribute("value")!;
        var response = await browser.PostAsync("/FreightAccount?handler=TopUp", new Dictionary<string, string> { ["TopUp.Amount"] = amount, ["IdempotencyKey"] = key }, page.Token);
        var result = await response.PageAsync();
        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal(message, result.FieldError("TopUp.Amount"));
    }

    [Fact]
    public async Task The_ledger_lists_every_entry_newest_first_on_pages()
    {
        var storeId = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        for (var i = 1; i <= 23; i++)
        {
            await fixture.App.FundAsync(storeId, i);
        }

        using var browser = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        var first = await browser.GetAsync("/FreightAccount");
        var rows = first.Document.QuerySelectorAll("[data-testid=ledger-entry]");
        Assert.Equal(20, rows.Length);
        Assert.Contains("+23.00", rows[0].TextContent, StringComparison.Ordinal);
        Assert.NotNull(first.Document.QuerySelector("[data-testid=ledger-older]"));
        var second = await browser.GetAsync("/FreightAccount?p=2");
        var older = second.Document.QuerySelectorAll("[data-testid=ledger-entry]");
        Assert.True(older.Length >= 3);
        Assert.Contains("+1.00", older[^1].TextContent, StringComparison.Ordinal);
    }
}
