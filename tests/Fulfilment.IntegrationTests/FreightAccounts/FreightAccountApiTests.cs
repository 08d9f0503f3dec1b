namespace Fulfilment.IntegrationTests.FreightAccounts;

public sealed class FreightAccountApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Card = "4111 1111 1111 1111";
    private const string OtherCard = "5555555555554444";

    private static object Binding(string method = "BankCard", string holder = "Li Na", string number = Card) =>
        new { method, holderName = holder, accountNumber = number };

    private static async Task<HttpResponseMessage> TopUp(HttpClient api, object amount, string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/freight-account/top-ups") { Content = JsonContent.Create(new { amount }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return await api.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private async Task<HttpClient> BoundSeller()
    {
        var api = await fixture.SellerApi();
        (await api.PutAsJsonAsync("/api/freight-account", Binding(), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        return api;
    }

    [Fact]
    public async Task Binding_keeps_only_the_masked_number_and_rebinding_keeps_the_balance()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var response = await api.PutAsJsonAsync("/api/freight-account", Binding(holder: "  Li Na  "), ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var bound = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Bound", bound.GetProperty("status").GetString());
        Assert.Equal("BankCard", bound.GetProperty("method").GetString());
        Assert.Equal("Li Na", bound.GetProperty("holderName").GetString());
        Assert.Equal("**** 1111", bound.GetProperty("accountMasked").GetString());
        Assert.DoesNotContain("41111111", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);

        (await TopUp(api, 120.50m)).EnsureSuccessStatusCode();
        var rebound = await (await api.PutAsJsonAsync("/api/freight-account", Binding("Alipay", "Li Na", "13800138000"), ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Alipay", rebound.GetProperty("method").GetString());
        Assert.Equal("**** 8000", rebound.GetProperty("accountMasked").GetString());

        var account = await (await api.GetAsync("/api/freight-account", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(account.GetProperty("balance").GetDecimal() >= 120.50m);
        Assert.Equal("CNY", account.GetProperty("currency").GetString());

        await using var db = fixture.App.Db();
        var storeId = await fixture.App.StoreIdAsync();
        var events = await db.TimelineEvents.Where(e => e.StoreId == storeId && e.OrderId == null).OrderBy(e => e.Id).ToListAsync(ct);
        var bind = events.First(e => e.Kind == TimelineEventKind.AccountBound);
        Assert.Equal("**** 1111", bind.Data["account"]);
        Assert.Contains(events, e => e.Kind == TimelineEventKind.AccountRebound && e.Data["account"] == "**** 8000" && e.Data["method"] == "Alipay");
        Assert.DoesNotContain(events, e => e.Data.Values.Any(v => v.Contains("1111 1111", StringComparison.Ordinal) || v.Contains("13800138000", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("BankCard", "Li Na", "4111 1111 1111 1112", "accountNumber")]
    [InlineData("BankCard", "Li Na", "41111111", "accountNumber")]
    [InlineData("BankCard", "Li Na", "4111-1111-1111-1111", "accountNumber")]
    [InlineData("BankCard", "Li Na", "", "accountNumber")]
    [InlineData("Alipay", "Li Na", "12800138000", "accountNumber")]
    [InlineData("Alipay", "Li Na", "1380013800", "accountNumber")]
    [InlineData("Alipay", "Li Na", "seller@example", "accountNumber")]
    [InlineData("Alipay", "   ", "13800138000", "holderName")]
    public async Task Bad_bindings_name_the_field_and_change_nothing(string method, string holder, string number, string field)
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.Seller2Api();
        var before = await (await api.GetAsync("/api/freight-account", ct)).Content.ReadAsStringAsync(ct);
        var response = await api.PutAsJsonAsync("/api/freight-account", Binding(method, holder, number), ct);
        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        if (number.Length > 4)
        {
            Assert.DoesNotContain(number, problem.ToString(), StringComparison.Ordinal);
        }

        Assert.Equal(before, await (await api.GetAsync("/api/freight-account", ct)).Content.ReadAsStringAsync(ct));
    }

    [Fact]
    public async Task A_missing_or_unknown_method_is_named()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.Seller2Api();
        var missing = await Problems.AssertAsync(await api.PutAsJsonAsync("/api/freight-account", new { holderName = "Li", accountNumber = Card }, ct), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(missing.GetProperty("errors").TryGetProperty("method", out _));
        var unknown = await Problems.AssertAsync(await api.PutAsJsonAsync("/api/freight-account", Binding("Cash"), ct), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(unknown.GetProperty("errors").TryGetProperty("method", out _));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("100000.01")]
    [InlineData("12.345")]
    [InlineData("null")]
    public async Task A_top_up_needs_a_positive_amount_in_cents_up_to_the_limit(string amount)
    {
        using var api = await BoundSeller();
        using var content = new StringContent($"{{\"amount\": {amount}}}", System.Text.Encoding.UTF8, "application/json");
        var response = await api.PostAsync("/api/freight-account/top-ups", content, TestContext.Current.CancellationToken);
        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("amount", out _));
    }

    [Fact]
    public async Task A_top_up_adds_money_with_a_ledger_entry_and_a_timeline_event()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await BoundSeller();
        var storeId = await fixture.App.StoreIdAsync();
        var (before, _) = await fixture.App.MoneyAsync(storeId);

        var response = await TopUp(api, 250.50m);
        var body = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(before + 250.50m, body.GetProperty("balance").GetDecimal());

        var ledger = await (await api.GetAsync("/api/freight-account/ledger?pageSize=1", ct)).JsonAsync(HttpStatusCode.OK);
        var newest = ledger.GetProperty("items")[0];
        Assert.Equal("TopUp", newest.GetProperty("kind").GetString());
        Assert.Equal(250.50m, newest.GetProperty("amount").GetDecimal());
        Assert.Equal(before + 250.50m, newest.GetProperty("balanceAfter").GetDecimal());
        Assert.Equal(JsonValueKind.Null, newest.GetProperty("waybillNumber").ValueKind);

        var (balance, sum) = await fixture.App.MoneyAsync(storeId);
        Assert.Equal(balance, sum);
        await using var db = fixture.App.Db();
        var topped = await db.TimelineEvents.Where(e => e.StoreId == storeId && e.Kind == TimelineEventKind.ToppedUp).OrderByDescending(e => e.Id).FirstAsync(ct);
        Assert.Equal("250.50", topped.Data["amount"]);
        Assert.Equal((before + 250.50m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), topped.Data["balance"]);
    }

    [Fact]
    public async Task Racing_top_ups_with_one_idempotency_key_add_the_money_once()
    {
        using var api = await BoundSeller();
        var storeId = await fixture.App.StoreIdAsync();
        var (before, _) = await fixture.App.MoneyAsync(storeId);
        await using var db = fixture.App.Db();
        var entriesBefore = await db.FreightLedger.CountAsync(e => e.StoreId == storeId, TestContext.Current.CancellationToken);
        var key = "race-" + Guid.NewGuid().ToString("N");

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => TopUp(api, 77.70m, key)));

        var bodies = new List<string>();
        foreach (var response in responses)
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            bodies.Add(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }

        Assert.Single(bodies.Distinct());
        var (balance, sum) = await fixture.App.MoneyAsync(storeId);
        Assert.Equal(before + 77.70m, balance);
        Assert.Equal(balance, sum);
        Assert.Equal(entriesBefore + 1, await db.FreightLedger.CountAsync(e => e.StoreId == storeId, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_repeated_key_replays_the_answer_and_refuses_another_amount()
    {
        using var api = await BoundSeller();
        var storeId = await fixture.App.StoreIdAsync();
        var key = "repeat-" + Guid.NewGuid().ToString("N");
        var first = await (await TopUp(api, 10m, key)).JsonAsync(HttpStatusCode.Created);
        var (afterFirst, _) = await fixture.App.MoneyAsync(storeId);

        var again = await (await TopUp(api, 10.00m, key)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(first.GetProperty("balance").GetDecimal(), again.GetProperty("balance").GetDecimal());
        Assert.Equal(first.GetProperty("ledgerEntryId").GetInt64(), again.GetProperty("ledgerEntryId").GetInt64());

        await Problems.AssertAsync(await TopUp(api, 20m, key), HttpStatusCode.UnprocessableEntity, "idempotency_key_reused");
        Assert.Equal(afterFirst, (await fixture.App.MoneyAsync(storeId)).Balance);

        // Another store's use of the same key is its own.
        using var other = await fixture.Seller2Api();
        (await other.PutAsJsonAsync("/api/freight-account", Binding("Alipay", "Wang Fang", "seller2@example.com"), TestContext.Current.CancellationToken)).EnsureSuccessStatusCode();
        Assert.Equal(HttpStatusCode.Created, (await TopUp(other, 20m, key)).StatusCode);
    }

    [Fact]
    public async Task A_malformed_idempotency_key_is_a_field_error()
    {
        using var api = await BoundSeller();
        var problem = await Problems.AssertAsync(await TopUp(api, 5m, new string('k', 256)), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), problem.ToString());
    }

    [Fact]
    public async Task The_ledger_is_paged_newest_first_with_signed_amounts_and_waybills()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await BoundSeller();
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 300m);
        var parcel = await fixture.App.ParcelAsync(storeId);

        var page1 = await (await api.GetAsync("/api/freight-account/ledger?page=1&pageSize=2", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, page1.GetProperty("page").GetInt32());
        Assert.Equal(2, page1.GetProperty("pageSize").GetInt32());
        var items = page1.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.All(items, i => Assert.True(i.GetProperty("amount").GetDecimal() < 0));
        Assert.All(items, i => Assert.Equal(parcel.WaybillNumber, i.GetProperty("waybillNumber").GetString()));
        Assert.Contains(items, i => i.GetProperty("kind").GetString() == "Freight");
        Assert.True(items[0].GetProperty("at").GetDateTimeOffset() >= items[1].GetProperty("at").GetDateTimeOffset());

        var total = page1.GetProperty("total").GetInt32();
        var all = await (await api.GetAsync($"/api/freight-account/ledger?pageSize=200", ct)).JsonAsync(HttpStatusCode.OK);
        var entries = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(total, entries.Count);
        var account = await (await api.GetAsync("/api/freight-account", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(account.GetProperty("balance").GetDecimal(), entries.Sum(e => e.GetProperty("amount").GetDecimal()));
        Assert.Equal(account.GetProperty("balance").GetDecimal(), entries[0].GetProperty("balanceAfter").GetDecimal());
    }
}
