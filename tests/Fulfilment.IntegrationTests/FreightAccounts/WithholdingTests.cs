namespace Fulfilment.IntegrationTests.FreightAccounts;

/// <summary>
/// The freight deduction account withholds (issue 12 §1): a bound seller ships with no prepaid credit; credit is used
/// first and the shortfall withheld from the bound account; the sandbox's test accounts refuse and nothing happens.
/// Every test leaves the prepaid credit at 0.00.
/// </summary>
public sealed class WithholdingTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private const string Standard = "CAINIAO_STANDARD";
    private const string GoodAlipay = "13800138000";
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.BindAsync(_store, PaymentMethod.Alipay, GoodAlipay);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_bound_seller_with_no_prepaid_credit_ships_and_the_whole_charge_is_withheld()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        Assert.Equal((0m, 0m), await fixture.App.MoneyAsync(_store));
        var order = await fixture.App.FreshOrderAsync();

        var created = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);

        var charged = created.GetProperty("charged").GetDecimal();
        var id = created.GetProperty("id").GetInt64();
        await using var db = fixture.App.Db();
        var entries = await db.FreightLedger.Where(e => e.LogisticsOrderId == id).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal([LedgerEntryKind.Withholding, LedgerEntryKind.Freight, LedgerEntryKind.ReturnFee], entries.Select(e => e.Kind));
        Assert.Equal(charged, entries[0].Amount);
        Assert.Equal(0m, entries[^1].BalanceAfter);
        Assert.Equal((0m, 0m), await fixture.App.MoneyAsync(_store));

        // The account keeps its shape; the ledger names the new kind.
        var account = await (await api.GetAsync("/api/freight-account", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Bound", account.GetProperty("status").GetString());
        Assert.Equal(0m, account.GetProperty("balance").GetDecimal());
        Assert.False(account.TryGetProperty("gatewayToken", out _));
        var ledger = await (await api.GetAsync("/api/freight-account/ledger", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(ledger.GetProperty("items").EnumerateArray(), e => e.GetProperty("kind").GetString() == "Withholding" && e.GetProperty("amount").GetDecimal() == charged);
    }

    [Fact]
    public async Task Prepaid_credit_is_used_first_and_only_the_shortfall_is_withheld()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        await fixture.App.FundAsync(_store, 5m);
        var order = await fixture.App.FreshOrderAsync();

        var created = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);

        var charged = created.GetProperty("charged").GetDecimal();
        await using var db = fixture.App.Db();
        var withheld = await db.FreightLedger.SingleAsync(e => e.LogisticsOrderId == created.GetProperty("id").GetInt64() && e.Kind == LedgerEntryKind.Withholding, ct);
        Assert.Equal(charged - 5m, withheld.Amount);
        Assert.NotNull(withheld.Reference);
        Assert.NotNull(withheld.AuthorisationId);
        Assert.Equal((0m, 0m), await fixture.App.MoneyAsync(_store));
        var charge = await db.TimelineEvents.Where(e => e.LogisticsOrderId == created.GetProperty("id").GetInt64() && e.Kind == Fulfilment.Timeline.TimelineEventKind.FreightCharged).SingleAsync(ct);
        Assert.Equal("5.00", charge.Data["creditUsed"]);
    }

    [Fact]
    public async Task Credit_that_covers_the_charge_withholds_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var expected = await fixture.App.ExpectedAsync(Standard, order.Country, 300);
        await fixture.App.FundAsync(_store, expected.Freight + expected.ReturnFee);

        var created = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);

        await using var db = fixture.App.Db();
        Assert.False(await db.FreightLedger.AnyAsync(e => e.LogisticsOrderId == created.GetProperty("id").GetInt64() && e.Kind == LedgerEntryKind.Withholding, ct));
        Assert.Equal((0m, 0m), await fixture.App.MoneyAsync(_store));
    }

    [Theory]
    [InlineData(PaymentMethod.BankCard, "4000 0000 0000 9995", "insufficient_balance")]
    [InlineData(PaymentMethod.Alipay, "insufficient@alipay.test", "insufficient_balance")]
    [InlineData(PaymentMethod.BankCard, "4000000000000002", "deduction_declined")]
    [InlineData(PaymentMethod.Alipay, "declined@alipay.test", "deduction_declined")]
    public async Task A_refused_withholding_creates_and_charges_nothing(PaymentMethod method, string number, string code)
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        await fixture.App.FundAsync(_store, 2m);
        await fixture.App.BindAsync(_store, method, number);
        int ledgerBefore;
        await using (var db = fixture.App.Db())
        {
            ledgerBefore = await db.FreightLedger.CountAsync(e => e.StoreId == _store, ct);
        }

        try
        {
            var expected = await fixture.App.ExpectedAsync(Standard, order.Country, 300);
            var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard), Guid.NewGuid().ToString()), HttpStatusCode.Conflict, code);
            Assert.Equal(expected.Freight + expected.ReturnFee - 2m, problem.GetProperty("missingAmount").GetDecimal());
            Assert.Equal(2m, problem.GetProperty("balance").GetDecimal());
            Assert.Contains("Rebind another account", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);

            await using var db = fixture.App.Db();
            Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == order.OrderNumber, ct));
            Assert.Equal(0, await db.OrderLines.Where(l => db.Orders.Any(o => o.Id == l.OrderId && o.OrderNumber == order.OrderNumber)).SumAsync(l => l.ShippedQuantity, ct));
            Assert.Equal(ledgerBefore, await db.FreightLedger.CountAsync(e => e.StoreId == _store, ct));
            Assert.Equal((2m, 2m), await fixture.App.MoneyAsync(_store));
        }
        finally
        {
            // Rebinding a good account, the same order ships and uses up the credit.
            await fixture.App.BindAsync(_store, PaymentMethod.Alipay, GoodAlipay);
            await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);
        }

        Assert.Equal((0m, 0m), await fixture.App.MoneyAsync(_store));
    }

    [Fact]
    public async Task A_retry_with_the_same_idempotency_key_withholds_once()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var key = Guid.NewGuid().ToString();

        var first = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard), key)).JsonAsync(HttpStatusCode.Created);
        var again = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard), key)).JsonAsync(HttpStatusCode.Created);
        var racing = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => api.ShipAsync(order.OrderNumber, Shipments.Body(Standard), key)));

        Assert.Equal(first.GetProperty("id").GetInt64(), again.GetProperty("id").GetInt64());
        foreach (var response in racing)
        {
            Assert.Equal(first.GetProperty("id").GetInt64(), (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("id").GetInt64());
        }

        await using var db = fixture.App.Db();
        var withholdings = await db.FreightLedger.Where(e => e.StoreId == _store && e.Kind == LedgerEntryKind.Withholding && e.LogisticsOrderId == first.GetProperty("id").GetInt64()).ToListAsync(ct);
        Assert.Equal(first.GetProperty("charged").GetDecimal(), Assert.Single(withholdings).Amount);
        Assert.Equal((0m, 0m), await fixture.App.MoneyAsync(_store));
    }

    [Fact]
    public async Task Racing_parcels_on_a_little_credit_keep_the_balance_equal_to_the_ledger_and_never_negative()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        await fixture.App.FundAsync(_store, 30m);
        var orders = new List<Shipments.OrderPick>();
        for (var i = 0; i < 10; i++)
        {
            orders.Add(await fixture.App.FreshOrderAsync());
        }

        var responses = await Task.WhenAll(orders.Select(o => api.ShipAsync(o.OrderNumber, Shipments.Body(Standard, 500, undeliverable: "Destroy"))));

        var charged = 0m;
        var ids = new List<long>();
        foreach (var response in responses)
        {
            var created = await response.JsonAsync(HttpStatusCode.Created);
            charged += created.GetProperty("charged").GetDecimal();
            ids.Add(created.GetProperty("id").GetInt64());
        }

        var (balance, sum) = await fixture.App.MoneyAsync(_store);
        Assert.Equal(0m, balance);
        Assert.Equal(balance, sum);
        await using var db = fixture.App.Db();
        var withheld = await db.FreightLedger.Where(e => ids.Contains(e.LogisticsOrderId!.Value) && e.Kind == LedgerEntryKind.Withholding).SumAsync(e => e.Amount, ct);
        Assert.Equal(charged - 30m, withheld);
        var entries = await db.FreightLedger.Where(e => e.StoreId == _store).OrderBy(e => e.Id).ToListAsync(ct);
        Assert.All(entries, e => Assert.True(e.BalanceAfter >= 0));
        var running = 0m;
        foreach (var entry in entries)
        {
            running += entry.Amount;
            Assert.Equal(running, entry.BalanceAfter);
        }
    }

    [Fact]
    public async Task The_freight_account_page_explains_withholding_and_shows_what_was_withheld_this_month()
    {
        using var api = await fixture.SellerApi();
        var order = await fixture.App.FreshOrderAsync();
        var created = await (await api.ShipAsync(order.OrderNumber, Shipments.Body(Standard))).JsonAsync(HttpStatusCode.Created);
        await using var db = fixture.App.Db();
        var month = new DateTimeOffset(DateTimeOffset.UtcNow.Year, DateTimeOffset.UtcNow.Month, 1, 0, 0, 0, TimeSpan.Zero);
        var thisMonth = await db.FreightLedger.Where(e => e.StoreId == _store && e.Kind == LedgerEntryKind.Withholding && e.At >= month)
            .SumAsync(e => e.Amount, TestContext.Current.CancellationToken);

        foreach (var (culture, kind, explained) in new[] { ("en", "Withholding", "withheld from the bound account"), ("zh-CN", "代扣", "代扣") })
        {
            using var browser = await fixture.BrowserAs(DemoData.DemoSeeder.SellerEmail, culture: culture);
            var page = await browser.GetAsync("/FreightAccount");
            Assert.Contains(explained, page.Document.QuerySelector("[data-testid=withholding-explained]")!.TextContent, StringComparison.Ordinal);
            Assert.Contains($"{thisMonth:N2}", page.Document.QuerySelector("[data-testid=withheld-this-month]")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull(page.Document.QuerySelector("[data-testid=account-masked]"));
            var row = page.Document.QuerySelectorAll("[data-testid=ledger-entry][data-kind=Withholding]")[0];
            Assert.Contains(kind, row.TextContent, StringComparison.Ordinal);
            Assert.Contains($"{created.GetProperty("charged").GetDecimal():N2}", page.Document.QuerySelector("[data-testid=ledger]")!.TextContent, StringComparison.Ordinal);
        }
    }
}
