namespace Fulfilment.IntegrationTests.Security;

/// <summary>The two 500s of issue 15: an address with null optional fields, and racing cancels of one parcel. ASVS 5.0 V16.5.3 (fail securely).</summary>
public sealed class NoServerErrorTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private long _store;

    public async ValueTask InitializeAsync()
    {
        _store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(_store, 2000m);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static JsonObject Address(string? province = null, string? postalCode = null) => new()
    {
        ["name"] = "Zhang Wei",
        ["phone"] = "+86 138 0000 1111",
        ["countryCode"] = "CN",
        ["province"] = province,
        ["city"] = "Shenzhen",
        ["postalCode"] = postalCode,
        ["line1"] = "No. 1 Keji Road",
    };

    [Fact]
    public async Task Null_province_and_postal_code_are_empty_optional_fields_everywhere_an_address_is_sent()
    {
        using var seller = await fixture.SellerApi();
        var sender = await (await seller.PostJson("/api/sender-addresses", Address())).JsonAsync(HttpStatusCode.Created);
        Assert.Equal("", sender.GetProperty("province").GetString());

        // A required field sent as null is named, not a crash.
        var nameless = Address("GD", "518000");
        nameless["name"] = null;
        var problem = await Problems.AssertAsync(await seller.PostJson("/api/sender-addresses", nameless), HttpStatusCode.BadRequest, "validation_failed");
        Assert.True(problem.GetProperty("errors").TryGetProperty("name", out _));

        var orderNumber = "NULLADDR-" + Guid.NewGuid().ToString("N")[..8];
        var order = OrderJson.Order(orderNumber, lines: OrderJson.Line("SKU-NULL-1", 1));
        order["recipient"] = Address(postalCode: null, province: null).ReplaceCountry("US");
        await (await seller.PostAsJsonAsync("/api/orders", order, TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.Created);

        var pick = await fixture.App.FreshOrderAsync();
        var body = Shipments.Body("CAINIAO_STANDARD");
        body["recipient"] = Address().ReplaceCountry(pick.Country);
        var shipped = await seller.ShipAsync(pick.OrderNumber, body);
        Assert.True((int)shipped.StatusCode < 500, $"ship with a null province override: {(int)shipped.StatusCode}");

        using var admin = await fixture.AdminApi();
        var warehouse = await (await admin.GetAsync("/api/admin/warehouses/HZ-COLLECT", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        var update = JsonNode.Parse(warehouse.GetRawText())!.AsObject();
        update["address"]!["postalCode"] = null;
        update["address"]!["province"] = null;
        var updated = await admin.PutAsJsonAsync("/api/admin/warehouses/HZ-COLLECT", update, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
    }

    [Fact]
    public async Task The_sender_address_page_takes_a_blank_province_and_postal_code()
    {
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var response = await browser.SubmitAsync("/SenderAddresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "Blank Fields",
            ["Input.Phone"] = "+86 138 0000 2222",
            ["Input.CountryCode"] = "CN",
            ["Input.Province"] = "",
            ["Input.City"] = "Shenzhen",
            ["Input.PostalCode"] = "",
            ["Input.Line1"] = "No. 2 Keji Road",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var blankName = await browser.SubmitAsync("/SenderAddresses", new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["Input.Phone"] = "+86 138 0000 2222",
            ["Input.CountryCode"] = "CN",
            ["Input.City"] = "Shenzhen",
            ["Input.Line1"] = "No. 2 Keji Road",
        });
        var page = await blankName.PageAsync();
        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.NotNull(page.FieldError("Input.Name"));
    }

    [Fact]
    public async Task Twenty_racing_cancels_of_one_parcel_are_one_200_and_409_invalid_state_for_the_rest()
    {
        var parcel = await fixture.App.ParcelAsync(_store);
        using var seller = await fixture.SellerApi();
        var (before, _) = await fixture.App.MoneyAsync(_store);
        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await seller.PostAsync($"/api/logistics-orders/{parcel.Id}/cancel", null, TestContext.Current.CancellationToken);
            return ((int)response.StatusCode, await response.CodeAsync());
        }));
        TestContext.Current.TestOutputHelper?.WriteLine(string.Join(", ", answers.GroupBy(a => a).Select(g => $"{g.Count()} x {g.Key}")));
        Assert.Single(answers, a => a.Item1 == 200);
        Assert.All(answers.Where(a => a.Item1 != 200), a => Assert.Equal((409, "invalid_state"), a));
        var (after, ledgerSum) = await fixture.App.MoneyAsync(_store);
        Assert.Equal(after, ledgerSum);
        Assert.Equal(before + parcel.Charged, after);
    }
}

internal static class AddressJson
{
    public static JsonObject ReplaceCountry(this JsonObject address, string country)
    {
        address["countryCode"] = country;
        return address;
    }
}
