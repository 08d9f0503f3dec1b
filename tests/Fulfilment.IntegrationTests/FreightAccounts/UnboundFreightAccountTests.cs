namespace Fulfilment.IntegrationTests.FreightAccounts;

/// <summary>A store that never bound an account (this class's own database, nobody binds in it).</summary>
public sealed class UnboundFreightAccountTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task An_unbound_account_says_so_and_refuses_a_top_up()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var account = await (await api.GetAsync("/api/freight-account", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Unbound", account.GetProperty("status").GetString());
        Assert.Equal(0m, account.GetProperty("balance").GetDecimal());

        var refused = await api.PostAsJsonAsync("/api/freight-account/top-ups", new { amount = 100 }, ct);
        await Problems.AssertAsync(refused, HttpStatusCode.Conflict, "freight_account_unbound");
        var ledger = await (await api.GetAsync("/api/freight-account/ledger", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, ledger.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Sent_here_to_bind_the_page_says_why_and_cannot_top_up_yet()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var page = await browser.GetAsync("/FreightAccount?reason=unbound&returnUrl=%2FShipping%2F81230001%2FChannel");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("Bind an account before shipping", page.Document.QuerySelector("[data-testid=unbound-banner]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.Document.QuerySelector("[data-testid=top-up-submit][disabled]"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=ledger-empty]"));
        Assert.Contains("returnUrl=%2FShipping%2F81230001%2FChannel", page.Document.QuerySelector("[data-testid=bind-form]")!.GetAttribute("action"), StringComparison.Ordinal);
    }
}
