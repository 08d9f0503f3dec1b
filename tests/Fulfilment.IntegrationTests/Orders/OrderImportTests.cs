namespace Fulfilment.IntegrationTests.Orders;

public sealed class OrderImportTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private const string Header = "orderNumber,buyerName,buyerChannelCode,placedAt,shipBy,recipientName,recipientPhone,countryCode,province,city,postalCode,addressLine1,addressLine2,sku,title,quantity,unitPrice,weightGrams";

    private static string Row(string number, string sku, string quantity = "1", string buyer = "Lena Schmidt", string country = "DE", string price = "12.00") =>
        $"{number},{buyer},CAINIAO_ECONOMY,2026-11-20T10:30:00Z,2026-11-27,{buyer},+49 30 901820,{country},Berlin,Berlin,10117,Unter den Linden 77,,{sku},Product {sku},{quantity},{price},80";

    private static byte[] File(params string[] rows) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. rows]) + "\r\n");

    private static async Task<PageSession.Page> Preview(PageSession browser, byte[] file, string name = "orders.csv")
    {
        var response = await browser.UploadAsync("/Orders/Import", "handler=Preview", "Upload", name, file);
        var page = await response.PageAsync();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        return page;
    }

    private async Task<int> CountAsync(string prefix)
    {
        await using var db = fixture.App.Db();
        return await db.Orders.CountAsync(o => o.OrderNumber.StartsWith(prefix), TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task A_good_file_is_previewed_then_imported_with_its_lines_and_timeline()
    {
        var ct = TestContext.Current.CancellationToken;
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var file = File(Row("CSV-1001", "A-1", "2"), Row("CSV-1002", "C-3"), Row("CSV-1001", "B-2", "3"));

        var preview = await Preview(browser, file, "marketplace-export.csv");
        Assert.Empty(preview.Document.QuerySelectorAll("[data-testid=error]"));
        Assert.Equal(["CSV-1001", "CSV-1002"], preview.Document.QuerySelectorAll("[data-testid=preview-order]").Select(r => r.GetAttribute("data-order")));
        Assert.Equal("2", preview.Document.QuerySelector("[data-testid=preview-new] strong")!.TextContent);
        Assert.Null(preview.Document.QuerySelector("[data-testid=import-submit][disabled]"));
        Assert.Equal(0, await CountAsync("CSV-10"));

        var imported = await browser.ConfirmImportAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        Assert.Equal("/Orders?status=AwaitingShipment", imported.Headers.Location!.ToString());

        await using var db = fixture.App.Db();
        var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.OrderNumber == "CSV-1001", ct);
        Assert.Equal(["A-1", "B-2"], order.Lines.OrderBy(l => l.Id).Select(l => l.Sku));
        Assert.Equal(5, order.TotalQuantity);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 23, 59, 0, TimeSpan.Zero), order.ShipBy);
        var arrival = await db.TimelineEvents.SingleAsync(e => e.OrderId == order.Id, ct);
        Assert.Equal(TimelineEventKind.OrderImported, arrival.Kind);
        Assert.Equal("csv", arrival.Data["source"]);
        Assert.Equal("marketplace-export.csv", arrival.Data["file"]);

        var inbox = await browser.GetAsync("/Orders?q=CSV-100");
        Assert.Contains("2 orders imported from marketplace-export.csv", inbox.Document.QuerySelector("[data-testid=toast-success]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, inbox.Document.QuerySelectorAll("[data-testid=order-row]").Length);
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_line_and_nothing_is_imported()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var file = File(
            Row("BAD-1001", "A-1"),
            Row("BAD-1002", "A-1", quantity: "two"),
            "",
            Row("BAD-1003", "A-1", country: "XX"),
            Row("BAD-1001", "B-2", buyer: "Somebody Else"),
            Row("BAD-1004", "", price: "€12"),
            Row("BAD-1005", "A-1", quantity: "0"));

        var preview = await Preview(browser, file);
        var errors = preview.Document.QuerySelectorAll("[data-testid=error]")
            .Select(e => (Line: e.GetAttribute("data-line"), Column: e.GetAttribute("data-column"), Text: e.TextContent)).ToList();
        Assert.Contains(errors, e => e is { Line: "3", Column: "quantity" } && e.Text.Contains("whole number", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: "5", Column: "countryCode" });
        Assert.Contains(errors, e => e is { Line: "6", Column: "buyerName" } && e.Text.Contains("line 2", StringComparison.Ordinal));
        Assert.Contains(errors, e => e is { Line: "7", Column: "sku" });
        Assert.Contains(errors, e => e is { Line: "7", Column: "unitPrice" });
        Assert.Contains(errors, e => e is { Line: "8", Column: "quantity" });
        Assert.DoesNotContain(errors, e => e.Line == "2");
        Assert.Single(errors, e => e is { Line: "3", Column: "quantity" });
        Assert.NotNull(preview.Document.QuerySelector("[data-testid=import-submit][disabled]"));

        var forced = await browser.ConfirmImportAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, forced.StatusCode);
        Assert.Equal(0, await CountAsync("BAD-"));
    }

    [Fact]
    public async Task A_broken_header_is_reported_on_line_one()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var file = Encoding.UTF8.GetBytes("orderNumber,buyer,sku\n1,2,3\n");
        var preview = await Preview(browser, file);
        var errors = preview.Document.QuerySelectorAll("[data-testid=error]").ToList();
        Assert.All(errors, e => Assert.Equal("1", e.GetAttribute("data-line")));
        Assert.Contains(errors, e => e.GetAttribute("data-column") == "buyer" && e.TextContent.Contains("Unknown column", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.GetAttribute("data-column") == "shipBy");
    }

    [Fact]
    public async Task Reimported_orders_are_reported_as_duplicates_and_never_duplicated()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        await browser.ConfirmImportAsync(await Preview(browser, File(Row("DUP-1001", "A-1"), Row("DUP-1002", "A-1"))));
        Assert.Equal(2, await CountAsync("DUP-"));

        var again = await Preview(browser, File(Row("DUP-1001", "A-1"), Row("DUP-1002", "A-1")));
        Assert.Equal(2, again.Document.QuerySelectorAll("[data-testid=duplicate]").Length);
        Assert.NotNull(again.Document.QuerySelector("[data-testid=import-submit][disabled]"));
        var refused = await browser.ConfirmImportAsync(again);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal(2, await CountAsync("DUP-"));

        var mixed = await Preview(browser, File(Row("DUP-1001", "A-1"), Row("DUP-1003", "A-1")));
        Assert.Equal("DUP-1001", Assert.Single(mixed.Document.QuerySelectorAll("[data-testid=duplicate]")).Closest("tr")!.GetAttribute("data-order"));
        await browser.ConfirmImportAsync(mixed);
        Assert.Equal(3, await CountAsync("DUP-"));
        await using var db = fixture.App.Db();
        Assert.Equal(1, await db.Orders.CountAsync(o => o.OrderNumber == "DUP-1001", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_sample_file_downloads_and_previews_without_errors()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var response = await browser.Client.GetAsync("/Orders/Import?handler=Sample", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("orders-sample.csv", response.Content.Headers.ContentDisposition?.ToString(), StringComparison.Ordinal);
        var sample = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);

        var preview = await Preview(browser, sample, "orders-sample.csv");
        Assert.Empty(preview.Document.QuerySelectorAll("[data-testid=error]"));
        Assert.Equal(2, preview.Document.QuerySelectorAll("[data-testid=preview-order]").Length);
    }

    [Fact]
    public async Task An_empty_upload_asks_for_a_file()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var page = await (await browser.SubmitAsync("/Orders/Import", new Dictionary<string, string>(), formAction: "handler=Preview")).PageAsync();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Choose a CSV file to upload.", page.FieldError("Upload"));
    }
}
