namespace Fulfilment.IntegrationTests.Packages;

public sealed class LabelsApiTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Every_print_is_recorded_with_count_time_and_a_timeline_event()
    {
        var parcel = await Parcel();
        using var api = await fixture.SellerApi();

        var first = await api.GetAsync($"/api/logistics-orders/{parcel.Id}/label");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("application/pdf", first.Content.Headers.ContentType?.MediaType);
        var pdf = await first.Content.ReadAsByteArrayAsync();
        Assert.Equal(1, PdfTools.PageCount(pdf));
        Assert.Equal([parcel.WaybillNumber], PdfTools.Barcodes(pdf));
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/logistics-orders/{parcel.Id}/label?format=pdf")).StatusCode);

        var view = await (await api.GetAsync($"/api/logistics-orders/{parcel.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(2, view.GetProperty("labelPrintCount").GetInt32());
        Assert.True(view.GetProperty("labelLastPrintedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));

        await using var db = fixture.App.Db();
        var events = await db.TimelineEvents.Where(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.LabelPrinted).OrderBy(e => e.Id).ToListAsync();
        Assert.Equal(["1", "2"], events.Select(e => e.Data["count"]));
        Assert.All(events, e =>
        {
            Assert.Equal(parcel.WaybillNumber, e.Data["waybill"]);
            Assert.Equal("pdf", e.Data["format"]);
            Assert.Equal(parcel.OrderId, e.OrderId);
            Assert.Equal(DemoData.DemoSeeder.SellerEmail, e.Actor);
        });
    }

    [Fact]
    public async Task The_zpl_label_is_text_for_thermal_printers()
    {
        var parcel = await Parcel();
        using var api = await fixture.SellerApi();
        var response = await api.GetAsync($"/api/logistics-orders/{parcel.Id}/label?format=zpl");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var zpl = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("^XA", zpl, StringComparison.Ordinal);
        Assert.EndsWith("^XZ\n", zpl, StringComparison.Ordinal);
        Assert.Contains("^CI28", zpl, StringComparison.Ordinal);
        Assert.Contains($"^BCN,", zpl, StringComparison.Ordinal);
        Assert.Contains($"^FD{parcel.WaybillNumber}^FS", zpl, StringComparison.Ordinal);
        Assert.Contains($"^FD{parcel.OrderNumber}^FS", zpl, StringComparison.Ordinal);
        Assert.Contains($"^FD{parcel.Recipient.Name}^FS", zpl, StringComparison.Ordinal);

        await using var db = fixture.App.Db();
        Assert.Equal("zpl", (await db.TimelineEvents.SingleAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.LabelPrinted)).Data["format"]);

        var bad = await Problems.AssertAsync(await api.GetAsync($"/api/logistics-orders/{parcel.Id}/label?format=png"), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(bad.GetProperty("errors").TryGetProperty("format", out _));
    }

    [Fact]
    public async Task A_batch_is_one_pdf_with_a_page_per_id_in_the_given_order()
    {
        var a = await Parcel();
        var b = await Parcel();
        var c = await Parcel();
        using var api = await fixture.SellerApi();

        var response = await api.PostJson("/api/labels", new { logisticsOrderIds = new[] { c.Id, a.Id, b.Id } });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(3, PdfTools.PageCount(pdf));
        Assert.Equal([c.WaybillNumber], PdfTools.Barcodes(pdf, page: 1));
        Assert.Contains(c.WaybillNumber, PdfTools.Text(pdf, 1), StringComparison.Ordinal);
        Assert.Contains(a.WaybillNumber, PdfTools.Text(pdf, 2), StringComparison.Ordinal);
        Assert.Contains(b.WaybillNumber, PdfTools.Text(pdf, 3), StringComparison.Ordinal);
        Assert.Contains(PdfTools.Squeeze(b.Recipient.Name), PdfTools.Squeeze(PdfTools.Text(pdf, 3)), StringComparison.Ordinal);

        await using var db = fixture.App.Db();
        Assert.All(await db.LogisticsOrders.Where(l => l.Id == a.Id || l.Id == b.Id || l.Id == c.Id).ToListAsync(), l => Assert.Equal(1, l.LabelPrintCount));
    }

    [Fact]
    public async Task A_zpl_batch_is_one_document_with_a_label_per_id_in_the_given_order()
    {
        var a = await Parcel();
        var b = await Parcel();
        var c = await Parcel();
        using var api = await fixture.SellerApi();

        var response = await api.PostJson("/api/labels", new { logisticsOrderIds = new[] { b.Id, c.Id, a.Id }, format = "zpl" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".zpl", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName ?? "", StringComparison.Ordinal);
        var zpl = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var formats = zpl.Split("^XZ\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, formats.Length);
        Assert.All(formats, f => Assert.StartsWith("^XA", f, StringComparison.Ordinal));
        Assert.Equal(
            [b.WaybillNumber, c.WaybillNumber, a.WaybillNumber],
            formats.Select(f => Regex.Match(f, @"\^BCN[^\^]*\^FD([^\^]+)\^FS").Groups[1].Value));

        await using var db = fixture.App.Db();
        var events = await db.TimelineEvents.Where(e => (e.LogisticsOrderId == a.Id || e.LogisticsOrderId == b.Id || e.LogisticsOrderId == c.Id) && e.Kind == TimelineEventKind.LabelPrinted).ToListAsync();
        Assert.Equal(3, events.Count);
        Assert.All(events, e => Assert.Equal("zpl", e.Data["format"]));
    }

    [Fact]
    public async Task A_zpl_batch_has_the_pdf_batchs_limits_and_tenancy()
    {
        var parcel = await Parcel();
        using var api = await fixture.SellerApi();
        foreach (var count in new[] { 0, 501 })
        {
            var problem = await Problems.AssertAsync(
                await api.PostJson("/api/labels", new { logisticsOrderIds = Enumerable.Range(1, count).Select(i => (long)i).ToArray(), format = "zpl" }),
                HttpStatusCode.BadRequest,
                "validation_failed");
            Assert.True(problem.GetProperty("errors").TryGetProperty("logisticsOrderIds", out _));
        }

        var bad = await Problems.AssertAsync(await api.PostJson("/api/labels", new { logisticsOrderIds = new[] { parcel.Id }, format = "png" }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(bad.GetProperty("errors").TryGetProperty("format", out _));

        // "PDF" in any case, or no format, is a PDF.
        var pdf = await api.PostJson("/api/labels", new { logisticsOrderIds = new[] { parcel.Id }, format = "PDF" });
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);

        using var other = await fixture.Seller2Api();
        await Problems.AssertAsync(await other.PostJson("/api/labels", new { logisticsOrderIds = new[] { parcel.Id }, format = "zpl" }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Label_pdfs_from_the_api_pass_qpdf_and_a_strict_zlib_decoder()
    {
        var (a, b, c) = (await Parcel(), await Parcel(), await Parcel());
        using var api = await fixture.SellerApi();
        var single = await (await api.GetAsync($"/api/logistics-orders/{a.Id}/label")).Content.ReadAsByteArrayAsync();
        var batch = await (await api.PostJson("/api/labels", new { logisticsOrderIds = new[] { a.Id, b.Id, c.Id } })).Content.ReadAsByteArrayAsync();
        foreach (var pdf in new[] { single, batch })
        {
            var (streams, problems) = PdfTools.StrictFlateCheck(pdf);
            Assert.Empty(problems);
            Assert.True(streams >= 3);
            var (exitCode, output) = PdfTools.QpdfCheck(pdf);
            Assert.True(exitCode == 0, output);
            Assert.DoesNotContain("WARNING", output, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(3, PdfTools.PageCount(batch));
    }

    [Fact]
    public async Task The_printed_customs_form_adds_up_whatever_value_and_weight_were_declared()
    {
        // Declared 12.50 whatever the lines are worth, and the parcel weighed at half what its items weigh.
        await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 200m);
        var order = await fixture.App.FreshOrderAsync(where: o => o.Lines.Count is 2 or 3 && o.Lines.Sum(l => l.WeightGrams * l.Quantity) is >= 100 and <= 4000);
        using var api = await fixture.SellerApi();
        var grams = order.Weight / 2;
        var created = await (await api.ShipAsync(order.OrderNumber, Shipments.Body("CAINIAO_STANDARD", grams))).JsonAsync(HttpStatusCode.Created);

        var response = await api.GetAsync($"/api/logistics-orders/{created.GetProperty("id").GetInt64()}/label");
        var text = PdfTools.Text(await response.Content.ReadAsByteArrayAsync()).Split('\n').Select(l => l.Trim()).ToList();

        // Every line is listed; the last and largest number of each kind is the total, the rest add up to it exactly.
        var values = Numbers(text, @"^\d+\.\d{2}$");
        var weights = Numbers(text, @"^\d+\.\d{3}$");
        Assert.Equal(order.Lines.Count + 1, values.Count);
        Assert.Equal(order.Lines.Count + 1, weights.Count);
        Assert.Equal(12.50m, values.Max());
        Assert.Equal(12.50m, values.Sum() - values.Max());
        Assert.Equal(grams / 1000m, weights.Max());
        Assert.Equal(grams / 1000m, weights.Sum() - weights.Max());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(501)]
    public async Task A_batch_needs_one_to_five_hundred_ids(int count)
    {
        using var api = await fixture.SellerApi();
        var problem = await Problems.AssertAsync(
            await api.PostJson("/api/labels", new { logisticsOrderIds = Enumerable.Range(1, count).Select(i => (long)i).ToArray() }),
            HttpStatusCode.BadRequest,
            "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("logisticsOrderIds", out _));
    }

    [Fact]
    public async Task A_batch_without_ids_or_with_a_repeated_id_names_the_field()
    {
        var parcel = await Parcel();
        using var api = await fixture.SellerApi();
        foreach (var body in new object[] { new { }, new { logisticsOrderIds = new[] { parcel.Id, parcel.Id } } })
        {
            var problem = await Problems.AssertAsync(await api.PostJson("/api/labels", body), HttpStatusCode.BadRequest, "validation_failed");
            Assert.True(problem.GetProperty("errors").TryGetProperty("logisticsOrderIds", out _));
        }
    }

    [Fact]
    public async Task Five_hundred_ids_pass_validation_and_are_looked_up()
    {
        // 500 is allowed: these ids do not exist, so the answer is the lookup's 404, not a 400.
        using var api = await fixture.SellerApi();
        var ids = Enumerable.Range(0, 500).Select(i => 900_000_000L + i).ToArray();
        await Problems.AssertAsync(await api.PostJson("/api/labels", new { logisticsOrderIds = ids }), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_unprinted_filter_drops_a_parcel_once_printed_and_ignores_cancelled_ones()
    {
        var printed = await Parcel();
        var waiting = await Parcel();
        var cancelled = await Parcel();
        await using (var db = fixture.App.Db())
        {
            var entity = await db.LogisticsOrders.SingleAsync(l => l.Id == cancelled.Id);
            Assert.True(entity.Cancel(DateTimeOffset.UtcNow, "test").IsSuccess);
            await db.SaveChangesAsync();
        }

        using var api = await fixture.SellerApi();
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/logistics-orders/{printed.Id}/label")).StatusCode);
        var unprinted = await (await api.GetAsync("/api/logistics-orders?unprinted=true&pageSize=200")).JsonAsync(HttpStatusCode.OK);
        var ids = unprinted.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetInt64()).ToList();
        Assert.Contains(waiting.Id, ids);
        Assert.DoesNotContain(printed.Id, ids);
        Assert.DoesNotContain(cancelled.Id, ids);

        // A cancelled parcel's label is refused, alone or in a batch.
        await Problems.AssertAsync(await api.GetAsync($"/api/logistics-orders/{cancelled.Id}/label"), HttpStatusCode.Conflict, "invalid_state");
        await Problems.AssertAsync(await api.PostJson("/api/labels", new { logisticsOrderIds = new[] { waiting.Id, cancelled.Id } }), HttpStatusCode.Conflict, "invalid_state");
    }

    private static List<decimal> Numbers(IEnumerable<string> lines, string pattern) =>
        [.. lines.Where(l => Regex.IsMatch(l, pattern)).Select(l => decimal.Parse(l, CultureInfo.InvariantCulture))];

    [Fact]
    public async Task Viewing_the_label_preview_is_not_a_print_printing_is_and_another_stores_preview_is_not_found()
    {
        var parcel = await Parcel();
        using var api = await fixture.SellerApi();

        // The preview (API and the parcel page's picture) is an SVG of the label: the waybill, the recipient, the barcode.
        var preview = await api.GetAsync($"/api/logistics-orders/{parcel.Id}/label/preview");
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        Assert.Equal("image/svg+xml", preview.Content.Headers.ContentType?.MediaType);
        var svg = await preview.Content.ReadAsStringAsync();
        var document = System.Xml.Linq.XDocument.Parse(svg);
        Assert.Equal("svg", document.Root!.Name.LocalName);
        Assert.Equal("0 0 288 432", document.Root.Attribute("viewBox")!.Value);
        var texts = string.Join("\n", document.Descendants().Where(e => e.Name.LocalName == "text").Select(e => e.Value));
        Assert.Contains(parcel.WaybillNumber, texts, StringComparison.Ordinal);
        Assert.Contains(parcel.OrderNumber, texts, StringComparison.Ordinal);
        Assert.Contains(parcel.Recipient.Name, texts, StringComparison.Ordinal);
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "path" && (e.Attribute("d")?.Value.Length ?? 0) > 100);

        using var browser = await fixture.BrowserAs(DemoData.DemoSeeder.SellerEmail);
        var picture = await browser.Client.GetAsync($"/Packages/{parcel.Id}/Label/Preview");
        Assert.Equal(HttpStatusCode.OK, picture.StatusCode);
        Assert.Equal("image/svg+xml", picture.Content.Headers.ContentType?.MediaType);
        var details = await browser.GetAsync($"/Packages/{parcel.Id}");
        Assert.NotNull(details.Document.QuerySelector($"img[src='/Packages/{parcel.Id}/Label/Preview'][alt*='{parcel.WaybillNumber}']"));
        Assert.Contains("new tab", details.Document.QuerySelector("[data-testid=print-label-pdf]")!.TextContent, StringComparison.Ordinal);

        // Nothing was printed by looking.
        var view = await (await api.GetAsync($"/api/logistics-orders/{parcel.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, view.GetProperty("labelPrintCount").GetInt32());
        Assert.Equal(JsonValueKind.Null, view.GetProperty("labelLastPrintedAt").ValueKind);
        await using (var db = fixture.App.Db())
        {
            Assert.False(await db.TimelineEvents.AnyAsync(e => e.LogisticsOrderId == parcel.Id && e.Kind == TimelineEventKind.LabelPrinted));
        }

        // Printing still counts.
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync($"/Packages/{parcel.Id}/Label")).StatusCode);
        view = await (await api.GetAsync($"/api/logistics-orders/{parcel.Id}")).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(1, view.GetProperty("labelPrintCount").GetInt32());

        // Another store's parcel has no preview (page or API), and a cancelled parcel's label is refused like a print.
        using var other = await fixture.Seller2Api();
        await Problems.AssertAsync(await other.GetAsync($"/api/logistics-orders/{parcel.Id}/label/preview"), HttpStatusCode.NotFound, "not_found");
        using var otherBrowser = await fixture.BrowserAs(DemoData.DemoSeeder.Seller2Email);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBrowser.Client.GetAsync($"/Packages/{parcel.Id}/Label/Preview")).StatusCode);
        var cancelled = await Parcel();
        await using (var db = fixture.App.Db())
        {
            var entity = await db.LogisticsOrders.SingleAsync(l => l.Id == cancelled.Id);
            Assert.True(entity.Cancel(DateTimeOffset.UtcNow, "test").IsSuccess);
            await db.SaveChangesAsync();
        }

        await Problems.AssertAsync(await api.GetAsync($"/api/logistics-orders/{cancelled.Id}/label/preview"), HttpStatusCode.Conflict, "invalid_state");
    }

    private async Task<LogisticsOrder> Parcel()
    {
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 200m);
        return await fixture.App.ParcelAsync(storeId);
    }
}
