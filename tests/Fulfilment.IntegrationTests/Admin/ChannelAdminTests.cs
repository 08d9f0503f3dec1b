using Fulfilment.Channels;

namespace Fulfilment.IntegrationTests.Admin;

public sealed class ChannelAdminTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    // Channels differ in name and service indicator, as the database requires.
    private static object Channel(string code, string indicator = "ZX", object[]? rates = null, decimal returnFee = 6.50m, string origin = "CN", bool active = true, string? name = null) => new
    {
        code, name = name ?? "Line " + code.ToUpperInvariant(), carrier = "Zhixing", serviceIndicator = indicator, originCountry = origin, active,
        maxWeightGrams = 3000, goodsTypes = new[] { "General", "Battery" }, returnServiceFee = returnFee,
        rates = rates ?? [new { countryCode = "US", registrationFee = 12.00m, perKg = 80.00m, minChargeableGrams = 100 }, new { countryCode = "*", registrationFee = 20.00m, perKg = 100.00m, minChargeableGrams = 50 }],
    };

    [Fact]
    public async Task A_channel_the_admin_creates_is_quoted_to_sellers_at_once()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        var created = await (await admin.PostJson("/api/admin/channels", Channel("zhixing_express"))).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("ZHIXING_EXPRESS", created.GetProperty("code").GetString());
        Assert.Equal(2, created.GetProperty("rates").GetArrayLength());
        Assert.Equal("*", created.GetProperty("rates")[1].GetProperty("countryCode").GetString());

        // The same quote rule a seller's channel choice uses: US row 12 + 80 × 0.5 kg = 52.00; 60 g is charged as 100 g.
        var quote = await (await admin.GetAsync("/api/admin/channels/ZHIXING_EXPRESS/quote?countryCode=US&weightGrams=500", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(52.00m, quote.GetProperty("freight").GetDecimal());
        var light = await (await admin.GetAsync("/api/admin/channels/ZHIXING_EXPRESS/quote?countryCode=US&weightGrams=60", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(20.00m, light.GetProperty("freight").GetDecimal());
        Assert.Equal(100, light.GetProperty("chargeableGrams").GetInt32());

        // As the seller's own data context reads it, with the seller-facing quote.
        await using var sellerDb = fixture.App.Db(TestActors.Seller(await fixture.App.StoreIdAsync()));
        var channel = await sellerDb.Channels.Include(c => c.Rates).SingleAsync(c => c.Code == "ZHIXING_EXPRESS", ct);
        var forSeller = FreightQuote.For(channel, "DE", GoodsType.Battery, 1000);
        Assert.True(forSeller.Eligible);
        Assert.Equal(120.00m, forSeller.Freight);
        Assert.Equal(Ineligibility.GoodsTypeNotAccepted, FreightQuote.For(channel, "US", GoodsType.Liquid, 500).Ineligible);
    }

    [Fact]
    public async Task Bad_fields_are_named_and_nothing_is_stored()
    {
        using var admin = await fixture.AdminApi();
        var response = await admin.PostJson("/api/admin/channels", Channel("BAD_ONE", indicator: "l1", origin: "XX", returnFee: -1m, rates:
        [
            new { countryCode = "US", registrationFee = 1.00m, perKg = 2.001m, minChargeableGrams = 0 },
            new { countryCode = "us", registrationFee = -3.00m, perKg = 1.00m, minChargeableGrams = 0 },
            new { countryCode = "ZZ", registrationFee = 1.00m, perKg = 1.00m, minChargeableGrams = -5 },
        ]));
        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "serviceIndicator", "originCountry", "returnServiceFee", "rates[0].perKg", "rates[1].countryCode", "rates[1].registrationFee", "rates[2].countryCode", "rates[2].minChargeableGrams" })
        {
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        }

        var noRates = await Problems.AssertAsync(await admin.PostJson("/api/admin/channels", Channel("BAD_TWO", rates: [])), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(noRates.GetProperty("errors").TryGetProperty("rates", out _));
        var missing = await Problems.AssertAsync(await admin.PostJson("/api/admin/channels", new { code = "BAD_THREE" }), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(missing.GetProperty("errors").TryGetProperty("maxWeightGrams", out _));
        Assert.True(missing.GetProperty("errors").TryGetProperty("goodsTypes", out _));

        var duplicate = await Problems.AssertAsync(await admin.PostJson("/api/admin/channels", Channel("cainiao_standard")), HttpStatusCode.Conflict, "duplicate");
        Assert.True(duplicate.GetProperty("errors").TryGetProperty("code", out _));

        await using var db = fixture.App.Db();
        Assert.False(await db.Channels.AnyAsync(c => c.Code.StartsWith("BAD_"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Editing_replaces_the_rate_card_and_deactivating_takes_the_channel_out_of_quotes()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        (await admin.PostJson("/api/admin/channels", Channel("EDIT_ME", indicator: "EM"))).EnsureSuccessStatusCode();
        var body = Channel("EDIT_ME", indicator: "EM", rates: [new { countryCode = "GB", registrationFee = 9.00m, perKg = 50.00m, minChargeableGrams = 0 }]);

        var updated = await (await admin.PutAsJsonAsync("/api/admin/channels/EDIT_ME", body, ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal("GB", Assert.Single(updated.GetProperty("rates").EnumerateArray()).GetProperty("countryCode").GetString());
        var notServed = await (await admin.GetAsync("/api/admin/channels/EDIT_ME/quote?countryCode=US&weightGrams=500", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.False(notServed.GetProperty("eligible").GetBoolean());

        var renamed = await admin.PutAsJsonAsync("/api/admin/channels/EDIT_ME", Channel("OTHER_CODE", indicator: "EM"), ct);
        Assert.True((await Problems.AssertAsync(renamed, HttpStatusCode.BadRequest, "validation_failed")).GetProperty("errors").TryGetProperty("code", out _));

        var off = Channel("EDIT_ME", indicator: "EM", active: false, rates: [new { countryCode = "GB", registrationFee = 9.00m, perKg = 50.00m, minChargeableGrams = 0 }]);
        var deactivated = await (await admin.PutAsJsonAsync("/api/admin/channels/EDIT_ME", off, ct)).JsonAsync(HttpStatusCode.OK);
        Assert.False(deactivated.GetProperty("active").GetBoolean());
        await using var db = fixture.App.Db();
        var channel = await db.Channels.Include(c => c.Rates).SingleAsync(c => c.Code == "EDIT_ME", ct);
        Assert.Equal(Ineligibility.Inactive, FreightQuote.For(channel, "GB", GoodsType.General, 500).Ineligible);
        await Problems.AssertAsync(await admin.GetAsync("/api/admin/channels/NOPE", ct), HttpStatusCode.NotFound, "not_found");
    }

    [Fact]
    public async Task Two_channels_cannot_share_a_service_indicator_or_a_name()
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();
        await (await admin.PostJson("/api/admin/channels", Channel("UNIQUE_ONE", indicator: "UA", name: "Unique Line"))).JsonAsync(HttpStatusCode.Created);
        await (await admin.PostJson("/api/admin/channels", Channel("UNIQUE_TWO", indicator: "UB", name: "Another Line"))).JsonAsync(HttpStatusCode.Created);

        // LP starts every waybill of Cainiao Standard: a second LP channel would make its waybills ambiguous.
        var sameIndicator = await Problems.AssertAsync(await admin.PostJson("/api/admin/channels", Channel("UNIQUE_THREE", indicator: "LP")), HttpStatusCode.Conflict, "duplicate");
        Assert.Contains("waybill", sameIndicator.GetProperty("errors").GetProperty("serviceIndicator")[0].GetString());
        var sameName = await Problems.AssertAsync(await admin.PostJson("/api/admin/channels", Channel("UNIQUE_THREE", indicator: "UC", name: "  unique LINE ")), HttpStatusCode.Conflict, "duplicate");
        Assert.True(sameName.GetProperty("errors").TryGetProperty("name", out _));
        var takenOnEdit = await Problems.AssertAsync(await admin.PutAsJsonAsync("/api/admin/channels/UNIQUE_TWO", Channel("UNIQUE_TWO", indicator: "UA", name: "Another Line"), ct), HttpStatusCode.Conflict, "duplicate");
        Assert.True(takenOnEdit.GetProperty("errors").TryGetProperty("serviceIndicator", out _));
        // A channel keeps its own indicator and name when edited.
        await (await admin.PutAsJsonAsync("/api/admin/channels/UNIQUE_TWO", Channel("UNIQUE_TWO", indicator: "UB", name: "Another line"), ct)).JsonAsync(HttpStatusCode.OK);

        await using var db = fixture.App.Db();
        Assert.False(await db.Channels.AnyAsync(c => c.Code == "UNIQUE_THREE", ct));
        Assert.Equal("UB", (await db.Channels.SingleAsync(c => c.Code == "UNIQUE_TWO", ct)).ServiceIndicator);
    }

    [Fact]
    public async Task Two_admins_creating_channels_with_one_service_indicator_at_once_get_one_channel_and_one_409()
    {
        using var admin = await fixture.AdminApi();
        for (var round = 0; round < 3; round++)
        {
            var indicator = "R" + (char)('A' + round);
            var answers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
                admin.PostJson("/api/admin/channels", Channel($"RACE_{round}_{i}", indicator: indicator, name: $"Race {round} {i}"))));
            Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Created);
            foreach (var refused in answers.Where(a => a.StatusCode != HttpStatusCode.Created))
            {
                var problem = await Problems.AssertAsync(refused, HttpStatusCode.Conflict, "duplicate");
                Assert.True(problem.GetProperty("errors").TryGetProperty("serviceIndicator", out _), problem.ToString());
            }
        }

        await using var db = fixture.App.Db();
        Assert.Equal(3, await db.Channels.CountAsync(c => c.Code.StartsWith("RACE_"), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task The_channel_page_names_a_taken_service_indicator_and_name_under_their_fields()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var form = new Dictionary<string, string>
        {
            ["Input.Code"] = "PAGE_TAKEN", ["Input.Name"] = "Cainiao Standard Shipping", ["Input.Carrier"] = "Page Carrier", ["Input.ServiceIndicator"] = "LE",
            ["Input.OriginCountry"] = "CN", ["Input.MaxWeightGrams"] = "2000", ["Input.ReturnServiceFee"] = "2", ["Input.GoodsTypes"] = "General",
            ["Input.Active"] = "true", ["Input.Rates[0].CountryCode"] = "*", ["Input.Rates[0].RegistrationFee"] = "10", ["Input.Rates[0].PerKg"] = "60",
            ["Input.Rates[0].MinChargeableGrams"] = "0",
        };
        var response = await browser.SubmitAsync("/Admin/Channels/Edit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.Contains("already uses this service indicator", page.FieldError("Input.ServiceIndicator"));

        form["Input.ServiceIndicator"] = "PT";
        response = await browser.SubmitAsync("/Admin/Channels/Edit", form);
        html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.Equal("Another channel already has this name.", page.FieldError("Input.Name"));
    }

    [Fact]
    public async Task The_channel_page_names_bad_fields_and_saves_a_good_channel()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var form = new Dictionary<string, string>
        {
            ["Input.Code"] = "PAGE_LINE", ["Input.Name"] = "", ["Input.Carrier"] = "Page Carrier", ["Input.ServiceIndicator"] = "p1",
            ["Input.OriginCountry"] = "CN", ["Input.MaxWeightGrams"] = "2000", ["Input.ReturnServiceFee"] = "-2", ["Input.GoodsTypes"] = "General",
            ["Input.Active"] = "true", ["Input.Rates[0].CountryCode"] = "*", ["Input.Rates[0].RegistrationFee"] = "10", ["Input.Rates[0].PerKg"] = "60",
            ["Input.Rates[0].MinChargeableGrams"] = "0", ["Input.Rates[1].CountryCode"] = "*", ["Input.Rates[1].RegistrationFee"] = "1",
            ["Input.Rates[1].PerKg"] = "1", ["Input.Rates[1].MinChargeableGrams"] = "0",
        };
        var response = await browser.SubmitAsync("/Admin/Channels/Edit", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var page = new PageSession.Page(response.StatusCode, null, new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
        Assert.Equal("Required.", page.FieldError("Input.Name"));
        Assert.NotNull(page.FieldError("Input.ServiceIndicator"));
        Assert.NotNull(page.FieldError("Input.ReturnServiceFee"));
        Assert.NotNull(page.FieldError("Input.Rates[1].CountryCode"));

        form["Input.Name"] = "Page Line";
        form["Input.ServiceIndicator"] = "PL";
        form["Input.ReturnServiceFee"] = "2";
        form["Input.Rates[1].CountryCode"] = "JP";
        var saved = await browser.SubmitAsync("/Admin/Channels/Edit", form);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var list = await browser.GetAsync("/Admin/Channels");
        Assert.Contains("Page Line", list.Text);
        var edit = await browser.GetAsync("/Admin/Channels/Edit/PAGE_LINE");
        Assert.Equal("JP", edit.Document.QuerySelector("input[name='Input.Rates[0].CountryCode']")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_quote_preview_prices_the_form_before_it_is_saved()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.AdminEmail);
        var page = await browser.GetAsync("/Admin/Channels/Edit");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/Admin/Channels/Edit?handler=Preview")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Input.Rates[0].CountryCode"] = "*", ["Input.Rates[0].RegistrationFee"] = "10", ["Input.Rates[0].PerKg"] = "60", ["Input.Rates[0].MinChargeableGrams"] = "0",
                ["Quote.CountryCode"] = "FR", ["Quote.WeightGrams"] = "250", ["__RequestVerificationToken"] = page.Token!,
            }),
        };
        request.Headers.Accept.ParseAdd("application/json");
        var json = await (await browser.Client.SendAsync(request, TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        Assert.True(json.GetProperty("ok").GetBoolean());
        Assert.Equal(25.00m, json.GetProperty("preview").GetProperty("freight").GetDecimal());
    }
}
