namespace Fulfilment.IntegrationTests.Orders;

/// <summary>
/// The inbox's bulk actions as plain form posts (what a browser without JavaScript sends), its filters and sorting on the
/// page and in <c>GET /api/orders</c>.
/// </summary>
public sealed class BulkAndFilterPageTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(_store, 5000m);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<HttpResponseMessage> PostForm(PageSession browser, string url, string? token, params (string Name, string Value)[] fields)
    {
        var body = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).ToList();
        if (token is not null)
        {
            body.Add(new("__RequestVerificationToken", token));
        }

        return await browser.Client.PostAsync(url, new FormUrlEncodedContent(body), Ct);
    }

    private static async Task<PageSession.Page> Parse(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(Ct);
        return new PageSession.Page(response.StatusCode, response.Headers.Location?.ToString(), new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }

    private async Task<List<string>> NewOrders(int count, string? channel = "CAINIAO_STANDARD")
    {
        using var api = await fixture.SellerApi();
        var numbers = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var number = "BP-" + Guid.NewGuid().ToString("N")[..10];
            var order = OrderJson.Order(number);
            order["buyerChannelCode"] = channel;
            await (await api.PostJson("/api/orders", order)).JsonAsync(HttpStatusCode.Created);
            numbers.Add(number);
        }

        return numbers;
    }

    [Fact]
    public async Task Without_javascript_the_inbox_previews_a_selection_ships_it_after_one_confirmation_and_a_resubmission_ships_nothing_twice()
    {
        var good = await NewOrders(2);
        var noChannel = await NewOrders(1, channel: null);
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var inbox = await browser.GetAsync("/Orders");
        Assert.NotNull(inbox.Document.QuerySelector("[data-testid=bulk-bar]"));
        Assert.NotEmpty(inbox.Document.QuerySelectorAll("[data-testid=select-order]"));
        var action = inbox.Document.QuerySelector("form#bulk-orders")!.GetAttribute("action")!;

        var preview = await Parse(await PostForm(browser, action, inbox.Token, [.. good.Concat(noChannel).Select(n => ("Input.Orders", n))]));

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        var candidates = preview.Document.QuerySelectorAll("[data-testid=bulk-candidate]");
        Assert.Equal(3, candidates.Length);
        Assert.Equal(["true", "true", "false"], candidates.Select(c => c.GetAttribute("data-eligible")));
        Assert.Contains("The buyer chose no logistics channel", candidates[2].TextContent, StringComparison.Ordinal);
        var confirm = preview.Document.QuerySelector("[data-testid=bulk-confirm]")!;
        var total = preview.Document.QuerySelector("[data-testid=bulk-total]")!.TextContent.Trim();
        Assert.Contains(total, confirm.GetAttribute("data-confirm"), StringComparison.Ordinal);
        var form = preview.Document.QuerySelector("form#bulk-ship")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").Where(i => i.GetAttribute("name") != "__RequestVerificationToken" && i.GetAttribute("name") != "Input.AgreementAccepted")
            .Select(i => (i.GetAttribute("name")!, i.GetAttribute("value") ?? "")).ToList();
        fields.AddRange([("Input.GoodsType", "General"), ("Input.Undeliverable", "Return")]);
        var (before, _) = await fixture.App.MoneyAsync(_store);

        // The agreement left unticked: the preview again, the box named, nothing shipped.
        var refused = await Parse(await PostForm(browser, form.GetAttribute("action")!, preview.Token, [.. fields, ("Input.AgreementAccepted", "false")]));
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.NotNull(refused.FieldError("Input.AgreementAccepted"));
        Assert.Equal("true", refused.Document.QuerySelector("[data-testid=bulk-agreement]")!.GetAttribute("aria-invalid"));

        var shipped = await Parse(await PostForm(browser, form.GetAttribute("action")!, preview.Token, [.. fields, ("Input.AgreementAccepted", "true")]));
        Assert.Equal(HttpStatusCode.OK, shipped.Status);
        var results = shipped.Document.QuerySelectorAll("[data-testid=bulk-result]");
        Assert.Equal(["true", "true", "false"], results.Select(r => r.GetAttribute("data-created")));
        var waybills = shipped.Document.QuerySelectorAll("[data-testid=bulk-waybill]").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(2, waybills.Count);
        Assert.Equal("no_buyer_channel", results[2].QuerySelector("[data-testid=bulk-problem]")!.GetAttribute("data-code"));

        // The same confirmation again (a double click, a refresh): the same parcels, nothing charged again.
        var (after, _) = await fixture.App.MoneyAsync(_store);
        var again = await Parse(await PostForm(browser, form.GetAttribute("action")!, preview.Token, [.. fields, ("Input.AgreementAccepted", "true")]));
        Assert.Equal(waybills, again.Document.QuerySelectorAll("[data-testid=bulk-waybill]").Select(a => a.TextContent.Trim()));
        Assert.Equal((after, after), await fixture.App.MoneyAsync(_store));
        Assert.True(after < before);

        // The script's one-order step answers the same row for an order already shipped by this batch.
        var one = await PostForm(browser, form.GetAttribute("action")!.Replace("handler=Ship", "handler=One", StringComparison.Ordinal), preview.Token,
            [.. fields, ("Input.AgreementAccepted", "true"), ("order", good[0])]);
        Assert.Contains(waybills[0], await one.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = fixture.App.Db();
        Assert.Equal(2, await db.LogisticsOrders.CountAsync(l => good.Contains(l.OrderNumber), Ct));
    }

    [Fact]
    public async Task Bulk_print_from_the_inbox_prints_the_selected_orders_labels_once_each_and_counts_the_prints()
    {
        var orders = await NewOrders(2);
        using var api = await fixture.SellerApi();
        using (var request = new HttpRequestMessage(HttpMethod.Post, "/api/orders/bulk-logistics-orders")
        {
            Content = JsonContent.Create(new { orderNumbers = orders, undeliverable = "Destroy", agreementAccepted = true }),
        })
        {
            request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
            await (await api.SendAsync(request, Ct)).JsonAsync(HttpStatusCode.OK);
        }

        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var inbox = await browser.GetAsync("/Orders");
        var print = await PostForm(browser, "/Orders?handler=Labels", inbox.Token, ("Input.Orders", orders[0]), ("Input.Orders", orders[1]), ("format", "pdf"));

        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        Assert.Equal("application/pdf", print.Content.Headers.ContentType?.MediaType);
        await print.Content.ReadAsByteArrayAsync(Ct);
        await using var db = fixture.App.Db();
        Assert.All(await db.LogisticsOrders.Where(l => orders.Contains(l.OrderNumber)).ToListAsync(Ct), l => Assert.Equal(1, l.LabelPrintCount));

        var unshipped = await NewOrders(1);
        var none = await PostForm(browser, "/Orders?handler=Labels", inbox.Token, ("Input.Orders", unshipped[0]));
        Assert.Equal(HttpStatusCode.Redirect, none.StatusCode);
    }

    [Fact]
    public async Task The_inbox_sorts_by_a_column_says_so_with_aria_sort_and_names_a_bad_filter_value()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);

        var page = await browser.GetAsync("/Orders?status=All&sort=-placed");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        var header = page.Document.QuerySelector("[data-testid=sort-Placed]")!.Closest("th")!;
        Assert.Equal("descending", header.GetAttribute("aria-sort"));
        Assert.Contains("sort=placed", page.Document.QuerySelector("[data-testid=sort-Placed]")!.GetAttribute("href"), StringComparison.Ordinal);
        Assert.Null(page.Document.QuerySelector("[data-testid=sort-ShipBy]")!.Closest("th")!.GetAttribute("aria-sort"));
        var numbers = page.Document.QuerySelectorAll("[data-testid=order-row]").Select(r => r.GetAttribute("data-order")!).ToList();
        await using (var db = fixture.App.Db())
        {
            var expected = await db.Orders.Where(o => o.StoreId == _store).OrderByDescending(o => o.PlacedAt).ThenByDescending(o => o.Id).Select(o => o.OrderNumber).Take(20).ToListAsync(Ct);
            Assert.Equal(expected, numbers);
        }

        var bad = await browser.GetAsync("/Orders?shipByFrom=31-12-2026&country=XX&sort=price");
        Assert.Equal(HttpStatusCode.OK, bad.Status);
        Assert.Equal("true", bad.Document.QuerySelector("[data-testid=filter-shipByFrom]")!.GetAttribute("aria-invalid"));
        Assert.Equal("true", bad.Document.QuerySelector("[data-testid=filter-country]")!.GetAttribute("aria-invalid"));
        Assert.NotNull(bad.Document.QuerySelector("[data-testid=sort-error]"));
    }

    [Fact]
    public async Task The_api_filters_by_dates_and_country_sorts_and_refuses_bad_values_naming_the_parameter()
    {
        using var api = await fixture.SellerApi();
        var us = await (await api.GetAsync("/api/orders?country=us&pageSize=200", Ct)).JsonAsync(HttpStatusCode.OK);
        var items = us.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, o => Assert.Equal("US", o.GetProperty("destinationCountry").GetString()));
        await using var db = fixture.App.Db();
        Assert.Equal(await db.Orders.CountAsync(o => o.StoreId == _store && o.Recipient.CountryCode == "US", Ct), us.GetProperty("total").GetInt32());

        var sorted = await (await api.GetAsync("/api/orders?sort=orderNumber&pageSize=200", Ct)).JsonAsync(HttpStatusCode.OK);
        var sortedNumbers = sorted.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("orderNumber").GetString()!).ToList();
        var expected = await db.Orders.Where(o => o.StoreId == _store).OrderBy(o => o.OrderNumber).ThenBy(o => o.Id).Select(o => o.OrderNumber).Take(200).ToListAsync(Ct);
        Assert.Equal(expected, sortedNumbers);
        var buyersDesc = await (await api.GetAsync("/api/orders?sort=-buyer&pageSize=200", Ct)).JsonAsync(HttpStatusCode.OK);
        var names = buyersDesc.GetProperty("items").EnumerateArray().Select(o => o.GetProperty("buyerName").GetString()!).ToList();
        Assert.Equal(await db.Orders.Where(o => o.StoreId == _store).OrderByDescending(o => o.BuyerName).ThenByDescending(o => o.Id).Select(o => o.BuyerName).Take(200).ToListAsync(Ct), names);

        // Ship-by within a window of days (the store's zone: Asia/Shanghai) and placed dates.
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var window = await (await api.GetAsync($"/api/orders?shipByFrom={today:yyyy-MM-dd}&shipByTo={today.AddDays(2):yyyy-MM-dd}&pageSize=200", Ct)).JsonAsync(HttpStatusCode.OK);
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");
        Assert.All(window.GetProperty("items").EnumerateArray(), o =>
        {
            var day = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(o.GetProperty("shipBy").GetDateTimeOffset(), zone).DateTime);
            Assert.InRange(day, today, today.AddDays(2));
        });
        var future = await (await api.GetAsync($"/api/orders?placedFrom={today.AddDays(30):yyyy-MM-dd}", Ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, future.GetProperty("total").GetInt32());

        foreach (var (query, parameter) in new[]
        {
            ("shipByFrom=2026-13-01", "shipByFrom"), ("shipByTo=tomorrow", "shipByTo"), ("placedFrom=2026/01/01", "placedFrom"),
            ("placedTo=x", "placedTo"), ("country=USA", "country"), ("sort=price", "sort"), ("placedFrom=2026-05-02&placedTo=2026-05-01", "placedTo"),
        })
        {
            var problem = await Problems.AssertAsync(await api.GetAsync("/api/orders?" + query, Ct), HttpStatusCode.BadRequest, "validation_failed");
            Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), $"{query}: {problem}");
        }
    }
}
