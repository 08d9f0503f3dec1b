namespace Fulfilment.IntegrationTests.Admin;

public sealed class WarehouseAdminTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static object Warehouse(string code, string kind = "Transit", bool? isDefaultTransit = null, bool active = true, string[]? cities = null, string[]? prefixes = null, string name = "Jinhua Transit") => new
    {
        code, name, kind, active, isDefaultTransit,
        address = new { name, phone = "+86 579 8000 1234", countryCode = "CN", province = "Zhejiang", city = "Jinhua", postalCode = "321000", line1 = "No. 8 Logistics Road" },
        serviceArea = new { cities = cities ?? [], postalCodePrefixes = prefixes ?? [] },
    };

    [Fact]
    public async Task Designating_another_transit_warehouse_moves_the_default_mark()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        var created = await (await admin.PostJson("/api/admin/warehouses", Warehouse("jh-transit"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("JH-TRANSIT", created.GetProperty("code").GetString());
        Assert.False(created.GetProperty("isDefaultTransit").GetBoolean());

        var moved = await (await admin.PutAsJsonAsync("/api/admin/warehouses/JH-TRANSIT", Warehouse("JH-TRANSIT", isDefaultTransit: true), ct)).JsonAsync(HttpStatusCode.OK);
        Assert.True(moved.GetProperty("isDefaultTransit").GetBoolean());
        await using (var db = fixture.App.Db())
        {
            Assert.Equal("JH-TRANSIT", (await db.Warehouses.SingleAsync(w => w.IsDefaultTransit, ct)).Code);
        }

        // The default stays an active transit warehouse until another takes the mark.
        var off = await admin.PutAsJsonAsync("/api/admin/warehouses/JH-TRANSIT", Warehouse("JH-TRANSIT", active: false), ct);
        Assert.True((await Problems.AssertAsync(off, HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").TryGetProperty("active", out _));
        var unmarked = await admin.PutAsJsonAsync("/api/admin/warehouses/JH-TRANSIT", Warehouse("JH-TRANSIT", isDefaultTransit: false), ct);
        Assert.True((await Problems.AssertAsync(unmarked, HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").TryGetProperty("isDefaultTransit", out _));

        // Moving it back through the page.
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var page = await browser.GetAsync("/Admin/Warehouses");
        var back = await browser.PostAsync("/Admin/Warehouses?handler=Default&code=YW-TRANSIT", new Dictionary<string, string>(), page.Token);
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        await using (var db = fixture.App.Db())
        {
            Assert.Equal("YW-TRANSIT", (await db.Warehouses.SingleAsync(w => w.IsDefaultTransit, ct)).Code);
        }
    }

    [Fact]
    public async Task A_warehouse_with_requests_to_decide_or_parcels_to_receive_cannot_be_deactivated()
    {
        var ct = TestContext.Current.CancellationToken;
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 500m);
        var waiting = await fixture.App.ParcelAsync(storeId, mode: Fulfilment.Shipping.HandoverMode.PickupRequested, warehouseCode: "SZ-COLLECT");
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var page = await browser.GetAsync("/Admin/Warehouses");

        var refused = await browser.PostAsync("/Admin/Warehouses?handler=Active&code=SZ-COLLECT&active=false", new Dictionary<string, string>(), page.Token);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        var after = await browser.GetAsync("/Admin/Warehouses");
        Assert.Contains("still has 1 pickup requests to decide", after.Text, StringComparison.Ordinal);
        await using (var db = fixture.App.Db())
        {
            Assert.True((await db.Warehouses.SingleAsync(w => w.Code == "SZ-COLLECT", ct)).Active);
        }

        await fixture.App.CancelParcelAsync(storeId, waiting.Id);
        var closed = await browser.PostAsync("/Admin/Warehouses?handler=Active&code=SZ-COLLECT&active=false", new Dictionary<string, string>(), page.Token);
        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        await using (var db = fixture.App.Db())
        {
            Assert.False((await db.Warehouses.SingleAsync(w => w.Code == "SZ-COLLECT", ct)).Active);
        }
    }

    [Fact]
    public async Task A_collection_warehouse_serves_its_area_and_bad_fields_are_named()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        var bad = await admin.PostJson("/api/admin/warehouses", new
        {
            code = "NB COLLECT", name = "", kind = "Collection", address = new { name = "", phone = "x", countryCode = "QQ", city = "", line1 = "" },
            serviceArea = new { cities = Array.Empty<string>(), postalCodePrefixes = new[] { "31-5" } },
        });
        var errors = (await Problems.AssertAsync(bad, HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors");
        foreach (var field in new[] { "code", "name", "address.name", "address.phone", "address.countryCode", "address.city", "serviceArea.postalCodePrefixes[0]" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        var empty = await admin.PostJson("/api/admin/warehouses", Warehouse("NB-COLLECT", kind: "Collection"));
        Assert.True((await Problems.AssertAsync(empty, HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").TryGetProperty("serviceArea.cities", out _));

        var created = await (await admin.PostJson("/api/admin/warehouses", Warehouse("NB-COLLECT", kind: "Collection", cities: ["Ningbo", "宁波"], prefixes: ["315"], name: "Ningbo Collection"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal(2, created.GetProperty("serviceArea").GetProperty("cities").GetArrayLength());
        await Problems.AssertAsync(await admin.PostJson("/api/admin/warehouses", Warehouse("nb-collect", kind: "Collection", cities: ["Ningbo"])), HttpStatusCode.Conflict, "duplicate");
        var letters = await Problems.AssertAsync(await admin.PostJson("/api/admin/warehouses", Warehouse("TZ-COLLECT", kind: "Collection", prefixes: ["315", "SW1A"])), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(letters.GetProperty("errors").TryGetProperty("serviceArea.postalCodePrefixes[1]", out _), letters.ToString());

        await using var db = fixture.App.Db();
        var all = await db.Warehouses.ToListAsync(ct);
        var sender = new Common.Address { City = "Ningbo", PostalCode = "315000", CountryCode = "CN" };
        Assert.Equal("NB-COLLECT", ServiceAreaMatch.Find(all, sender)!.Code);
        await Problems.AssertAsync(await admin.GetAsync("/api/admin/warehouses/NOPE", ct), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task The_warehouse_page_shows_errors_under_fields_and_saves()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var form = new Dictionary<string, string>
        {
            ["Input.Code"] = "GZ-COLLECT", ["Input.Name"] = "Guangzhou Collection", ["Input.Kind"] = "Collection", ["Input.Active"] = "true",
            ["Input.Address.Name"] = "Guangzhou Collection", ["Input.Address.Phone"] = "+86 20 1234 5678", ["Input.Address.CountryCode"] = "CN",
            ["Input.Address.Province"] = "Guangdong", ["Input.Address.City"] = "", ["Input.Address.Line1"] = "No. 1 Airport Road", ["Cities"] = "", ["PostalCodePrefixes"] = "",
        };
        var response = await browser.SubmitAsync("/Admin/Warehouses/Edit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.Equal("Required.", page.FieldError("Input.Address.City"));
        Assert.NotNull(page.FieldError("Input.ServiceArea.Cities"));

        // Postal-code prefixes are digits: a letter is named under the prefixes box and nothing is saved.
        form["Input.Address.City"] = "Guangzhou";
        form["Cities"] = "Guangzhou\n广州";
        form["PostalCodePrefixes"] = "510, 51O";
        response = await browser.SubmitAsync("/Admin/Warehouses/Edit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.Equal("Postal-code prefixes are digits only, e.g. 311.", page.FieldError("Input.ServiceArea.PostalCodePrefixes"));

        form["PostalCodePrefixes"] = "510, 511";
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SubmitAsync("/Admin/Warehouses/Edit", form)).StatusCode);
        await using var db = fixture.App.Db();
        var saved = await db.Warehouses.SingleAsync(w => w.Code == "GZ-COLLECT", TestContext.Current.CancellationToken);
        Assert.Equal(new[] { "Guangzhou", "广州" }, saved.ServiceCities);
        Assert.Equal(new[] { "510", "511" }, saved.ServicePostalCodePrefixes);
    }

    [Fact]
    public async Task A_warehouse_has_a_chinese_name_the_chinese_ui_shows_and_the_api_reads_and_writes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();

        // The API: set, read back, a PUT without it clears it, too long is named.
        var body = new Dictionary<string, object?>
        {
            ["code"] = "NB-TRANSIT", ["name"] = "Ningbo Transit", ["chineseName"] = " 宁波中转仓库 ", ["kind"] = "Transit", ["active"] = true,
            ["address"] = new { name = "Ningbo Transit", phone = "+86 574 8000 1234", countryCode = "CN", province = "Zhejiang", city = "Ningbo", postalCode = "315000", line1 = "No. 9 Port Road" },
            ["serviceArea"] = new { cities = Array.Empty<string>(), postalCodePrefixes = Array.Empty<string>() },
        };
        var created = await (await admin.PostJson("/api/admin/warehouses", body)).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("宁波中转仓库", created.GetProperty("chineseName").GetString());
        body["chineseName"] = new string('仓', 101);
        var tooLong = await Problems.AssertAsync(await admin.PutAsJsonAsync("/api/admin/warehouses/NB-TRANSIT", body, ct), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(tooLong.GetProperty("errors").TryGetProperty("chineseName", out _));
        body.Remove("chineseName");
        var cleared = await (await admin.PutAsJsonAsync("/api/admin/warehouses/NB-TRANSIT", body, ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, cleared.GetProperty("chineseName").ValueKind);

        // The admin page edits it; the list shows it beside the name.
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var edit = await browser.GetAsync("/Admin/Warehouses/Edit/HZ-COLLECT");
        Assert.Equal("杭州揽收仓库", edit.Document.QuerySelector("[data-testid=warehouse-chinese-name]")!.GetAttribute("value"));
        var list = await browser.GetAsync("/Admin/Warehouses");
        Assert.Contains("杭州揽收仓库", list.Document.QuerySelectorAll("[data-testid=warehouse-chinese-name]").Select(e => e.TextContent));

        // The warehouse's own pages in Chinese show it (and its parcels' channels by their Chinese names); in English, the name.
        var storeId = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(storeId, 200m);
        await fixture.App.ParcelAsync(storeId, mode: Fulfilment.Shipping.HandoverMode.DoorPickup, warehouseCode: "HZ-COLLECT");
        using var staffZh = await fixture.BrowserAs(DemoSeeder.WarehouseEmail, culture: "zh-CN");
        var today = await staffZh.GetAsync("/Warehouse");
        Assert.Contains("杭州揽收仓库", today.Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("菜鸟", today.Document.QuerySelector("[data-testid=parcel-channel]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("杭州揽收仓库", (await staffZh.GetAsync("/")).Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        using var staff = await fixture.BrowserAs(DemoSeeder.WarehouseEmail);
        Assert.Contains("Hangzhou Collection Warehouse", (await staff.GetAsync("/Warehouse")).Document.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
