namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>Every bad field is a 400 that names it, and nothing is stored or charged.</summary>
public sealed class CreateValidationTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    private static readonly string TenMegabytes = new('x', 10 * 1024 * 1024);

    public async ValueTask InitializeAsync() => await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 1000m);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    public static TheoryData<string, string> BadFields() => new()
    {
        { "parcel.weightGrams", "-5" },
        { "parcel.weightGrams", "0" },
        { "parcel.weightGrams", "null" },
        { "parcel.weightGrams", "\"heavy\"" },
        { "parcel.lengthCm", "0" },
        { "parcel.declaredValue", "-1" },
        { "parcel.declaredValue", "1.234" },
        { "parcel.contentsDescription", "\"\"" },
        { "parcel.contentsDescription", "\"   \"" },
        { "parcel.contentsDescription", "\"手机壳\"" },
        { "parcel.contentsDescription", "TEN_MB" },
        { "parcel.contentsDescription", $"\"{new string('x', 101)}\"" },
        { "parcel.customsCategory", "\"Bribe\"" },
        { "parcel", "null" },
        { "channelCode", "\"NO_SUCH_CHANNEL\"" },
        { "channelCode", "\"\"" },
        { "channelCode", "TEN_MB" },
        { "goodsType", "\"Plutonium\"" },
        { "goodsType", "7" },
        { "goodsType", "null" },
        { "recipient.countryCode", "\"XX\"" },
        { "recipient.countryCode", "\"USA\"" },
        { "recipient.name", "TEN_MB" },
        { "senderAddressId", "999999" },
        { "senderAddressId", "-1" },
        { "lines", "[]" },
        { "lines[0].quantity", "0" },
        { "lines[0].quantity", "-2" },
        { "lines[0].sku", "\"NOT-IN-ORDER\"" },
        { "lines[0].hsCode", "\"12ab\"" },
        { "lines[0].originCountry", "\"ZZ\"" },
        { "lines[0].description", "TEN_MB" },
        { "handover", "\"Teleport\"" },
        { "undeliverable", "null" },
        { "undeliverable", "\"Sell\"" },
        { "agreementAccepted", "false" },
        { "pickupWarehouseCode", "TEN_MB" },
    };

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task A_bad_field_is_named_and_nothing_is_stored(string field, string json)
    {
        using var api = await fixture.SellerApi();
        var order = await FirstOrderAsync();
        var store = await fixture.App.StoreIdAsync();
        var body = Shipments.Body("CAINIAO_STANDARD");
        body["lines"] = new JsonArray(new JsonObject { ["sku"] = order.Lines[0].Sku, ["quantity"] = 1 });
        body["recipient"] = new JsonObject
        {
            ["name"] = "Emily Johnson", ["phone"] = "+1 415 555 0134", ["countryCode"] = "US", ["province"] = "CA",
            ["city"] = "San Francisco", ["postalCode"] = "94107", ["line1"] = "500 Brannan St",
        };
        Set(body, field, json == "TEN_MB" ? JsonValue.Create(TenMegabytes) : JsonNode.Parse(json));
        var (balance, _) = await fixture.App.MoneyAsync(store);

        var response = await api.ShipAsync(order.OrderNumber, body);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest, "validation_failed");
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"{field} not in: {string.Join(", ", errors.EnumerateObject().Select(e => e.Name))}");
        await using var db = fixture.App.Db();
        Assert.Equal(0, await db.LogisticsOrders.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(0, await db.OrderLines.SumAsync(l => l.ShippedQuantity, TestContext.Current.CancellationToken));
        Assert.Equal((balance, balance), await fixture.App.MoneyAsync(store));
    }

    [Fact]
    public async Task An_idempotency_key_longer_than_255_characters_is_refused()
    {
        using var api = await fixture.SellerApi();
        var order = await FirstOrderAsync();

        var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body("CAINIAO_STANDARD"), new string('k', 256)), HttpStatusCode.BadRequest, "validation_failed");

        Assert.True(problem.GetProperty("errors").TryGetProperty("Idempotency-Key", out _), problem.ToString());
    }

    // Nothing is ever shipped in this class, so every test can use the same order.
    private async Task<(string OrderNumber, List<Fulfilment.Orders.OrderLine> Lines)> FirstOrderAsync()
    {
        await using var db = fixture.App.Db();
        var order = await db.Orders.Include(o => o.Lines).Where(o => o.Store!.Name == DemoData.DemoSeeder.DemoStoreName).OrderBy(o => o.Id).FirstAsync(TestContext.Current.CancellationToken);
        return (order.OrderNumber, [.. order.Lines.OrderBy(l => l.Id)]);
    }

    private static void Set(JsonObject body, string path, JsonNode? value)
    {
        var parts = path.Split('.');
        JsonNode target = body;
        foreach (var part in parts[..^1])
        {
            target = part.EndsWith(']') ? target[part[..part.IndexOf('[', StringComparison.Ordinal)]]![int.Parse(part[(part.IndexOf('[', StringComparison.Ordinal) + 1)..^1], System.Globalization.CultureInfo.InvariantCulture)]! : target[part]!;
        }

        var last = parts[^1];
        if (last.EndsWith(']'))
        {
            throw new InvalidOperationException("Set a property, not an element.");
        }

        target[last] = value;
    }
}
