using Fulfilment.Web.Localization;

namespace Fulfilment.IntegrationTests.Packages;

public sealed class PackagesPagesTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task The_list_shows_the_stores_parcels_and_filters_the_unprinted_ones()
    {
        var (printed, waiting) = (await Parcel(), await Parcel());
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        Assert.Equal(HttpStatusCode.OK, (await browser.Client.GetAsync($"/Packages/{printed.Id}/Label")).StatusCode);

        var list = await browser.GetAsync("/Packages");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        var rows = list.Document.QuerySelectorAll("[data-testid=package-row]").Select(r => r.GetAttribute("data-id")).ToList();
        Assert.Contains(printed.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), rows);
        Assert.Contains(waiting.WaybillNumber, list.Text, StringComparison.Ordinal);
        Assert.NotNull(list.Document.QuerySelector("[data-select-page=ids]"));

        var unprinted = await browser.GetAsync("/Packages?unprinted=true");
        Assert.Contains(waiting.WaybillNumber, unprinted.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(printed.WaybillNumber, unprinted.Text, StringComparison.Ordinal);

        var search = await browser.GetAsync($"/Packages?WaybillNumber={waiting.WaybillNumber}");
        Assert.Single(search.Document.QuerySelectorAll("[data-testid=package-row]"));

        var nothing = await browser.GetAsync("/Packages?OrderNumber=does-not-exist");
        Assert.NotNull(nothing.Document.QuerySelector("[data-testid=empty-state]"));
    }

    [Fact]
    public async Task The_details_page_shows_the_parcel_and_its_print_history()
    {
        var parcel = await Parcel();
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        await browser.Client.GetAsync($"/Packages/{parcel.Id}/Label");

        var page = await browser.GetAsync($"/Packages/{parcel.Id}");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal(parcel.WaybillNumber, page.Document.QuerySelector("[data-testid=waybill-number]")?.TextContent.Trim());
        Assert.Contains(parcel.Recipient.Name, page.Document.QuerySelector("[data-testid=recipient]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(parcel.Sender.Name, page.Document.QuerySelector("[data-testid=sender]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.Document.QuerySelector("[data-testid=print-count]")?.TextContent.Trim());
        Assert.Contains($"Label of {parcel.WaybillNumber} printed", page.Text, StringComparison.Ordinal);
        Assert.Equal($"/Orders/{parcel.OrderNumber}/Notice?waybill={parcel.WaybillNumber}", page.Document.QuerySelector("[data-testid=notice-link]")?.GetAttribute("href"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=cancel-parcel]"));
    }

    [Fact]
    public async Task The_label_page_answers_the_pdf_inline_or_the_zpl()
    {
        var parcel = await Parcel();
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var pdf = await browser.Client.GetAsync($"/Packages/{parcel.Id}/Label");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", pdf.Content.Headers.ContentDisposition?.DispositionType ?? pdf.Headers.GetValues("Content-Disposition").First().Split(';')[0]);
        Assert.Equal([parcel.WaybillNumber], PdfTools.Barcodes(await pdf.Content.ReadAsByteArrayAsync()));

        var zpl = await browser.Client.GetAsync($"/Packages/{parcel.Id}/Label?format=zpl");
        Assert.Equal("text/plain", zpl.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("^XA", await zpl.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_stores_parcel_is_not_found_on_any_page()
    {
        var parcel = await Parcel();
        using var other = await fixture.BrowserAs(DemoSeeder.Seller2Email);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Packages/{parcel.Id}")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await other.Client.GetAsync($"/Packages/{parcel.Id}/Label")).StatusCode);
        Assert.DoesNotContain(parcel.WaybillNumber, (await other.GetAsync("/Packages")).Text, StringComparison.Ordinal);

        // A batch posted from the list with another store's parcel prints nothing and says why.
        var list = await other.GetAsync("/Packages");
        var response = await other.PostAsync("/Packages?handler=Labels", new Dictionary<string, string> { ["ids"] = parcel.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }, list.Token);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = fixture.App.Db();
        Assert.Equal(0, db.LogisticsOrders.Single(l => l.Id == parcel.Id).LabelPrintCount);
    }

    [Fact]
    public async Task The_batch_form_posts_with_antiforgery_and_answers_one_pdf()
    {
        var (a, b) = (await Parcel(), await Parcel());
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var list = await browser.GetAsync("/Packages");
        var action = list.Document.QuerySelector("form[data-testid=batch-form]")!.GetAttribute("action")!;

        using var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent([new("ids", $"{b.Id}"), new("ids", $"{a.Id}"), new("__RequestVerificationToken", list.Token!)]),
        };
        var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(2, PdfTools.PageCount(pdf));
        Assert.Equal([b.WaybillNumber], PdfTools.Barcodes(pdf, page: 1));

        // Without the antiforgery token the post is refused.
        var forged = await browser.Client.PostAsync(action, new FormUrlEncodedContent([new("ids", $"{a.Id}")]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }

    [Fact]
    public async Task The_batch_form_offers_zpl_and_answers_one_zpl_document()
    {
        var (a, b) = (await Parcel(), await Parcel());
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var list = await browser.GetAsync("/Packages");
        var form = list.Document.QuerySelector("form[data-testid=batch-form]")!;
        var options = form.QuerySelectorAll("select[name=format] option").Select(o => o.GetAttribute("value")).ToList();
        Assert.Equal(["pdf", "zpl"], options);

        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")!)
        {
            Content = new FormUrlEncodedContent([new("ids", $"{b.Id}"), new("ids", $"{a.Id}"), new("format", "zpl"), new("__RequestVerificationToken", list.Token!)]),
        };
        var response = await browser.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var zpl = await response.Content.ReadAsStringAsync();
        Assert.Equal(2, zpl.Split("^XA").Length - 1);
        Assert.True(zpl.IndexOf(b.WaybillNumber, StringComparison.Ordinal) < zpl.IndexOf(a.WaybillNumber, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_pages_read_in_chinese_with_every_text_translated()
    {
        var parcel = await Parcel();
        var missing = fixture.App.Services.GetRequiredService<MissingTranslations>();
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail, culture: "zh-CN");
        var list = await browser.GetAsync("/Packages");
        Assert.Contains("国际小包", list.Text, StringComparison.Ordinal);
        var details = await browser.GetAsync($"/Packages/{parcel.Id}");
        Assert.Contains("物流订单详情", details.Text, StringComparison.Ordinal);
        Assert.Contains("打印发货标签", details.Text, StringComparison.Ordinal);
        await browser.GetAsync("/Packages?unprinted=true&OrderNumber=none");
        Assert.DoesNotContain(missing.All, m => m.Contains("PackagesText", StringComparison.Ordinal) || m.Contains("SharedText", StringComparison.Ordinal));
    }

    private async Task<LogisticsOrder> Parcel()
    {
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 200m);
        return await fixture.App.ParcelAsync(storeId);
    }
}
