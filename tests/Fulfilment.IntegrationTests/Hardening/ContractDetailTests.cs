namespace Fulfilment.IntegrationTests.Hardening;

/// <summary>Smaller points of the contract: codes, names and shapes exactly as api.md gives them.</summary>
public sealed class ContractDetailTests(AppFixture fixture) : IClassFixture<AppFixture>, IAsyncLifetime
{
    public async ValueTask InitializeAsync() => await fixture.App.FundAsync(await fixture.App.StoreIdAsync(), 1000m);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    [Fact]
    public async Task A_parcel_over_the_channels_weight_limit_is_409_channel_ineligible_and_charges_nothing()
    {
        using var api = await fixture.SellerApi();
        var store = await fixture.App.StoreIdAsync();
        var order = await fixture.App.FreshOrderAsync(where: o => o.BuyerChannelCode == "CAINIAO_STANDARD");
        var before = await fixture.App.MoneyAsync(store);

        var problem = await Problems.AssertAsync(await api.ShipAsync(order.OrderNumber, Shipments.Body("CAINIAO_STANDARD", weightGrams: 2001)), HttpStatusCode.Conflict, "channel_ineligible");

        Assert.Equal("OverWeightLimit", problem.GetProperty("reasonCode").GetString());
        Assert.Equal("CAINIAO_STANDARD", problem.GetProperty("channelCode").GetString());
        Assert.Equal(2000, problem.GetProperty("maxWeightGrams").GetInt32());
        Assert.True(problem.GetProperty("errors").TryGetProperty("parcel.weightGrams", out _), problem.ToString());
        Assert.Equal(before, await fixture.App.MoneyAsync(store));
        await using var db = fixture.App.Db();
        Assert.False(await db.LogisticsOrders.AnyAsync(l => l.OrderNumber == order.OrderNumber, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_malformed_idempotency_key_is_named_as_the_header_is()
    {
        using var api = await fixture.SellerApi();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/freight-account/top-ups") { Content = System.Net.Http.Json.JsonContent.Create(new { amount = 10m }) };
        request.Headers.Add("Idempotency-Key", new string('k', 256));

        var problem = await Problems.AssertAsync(await api.SendAsync(request, TestContext.Current.CancellationToken), HttpStatusCode.BadRequest, "validation_failed");

        Assert.Equal(["Idempotency-Key"], problem.GetProperty("errors").EnumerateObject().Select(e => e.Name));
    }

    [Theory]
    [InlineData("/api/admin/channels")]
    [InlineData("/api/admin/warehouses")]
    public async Task Admin_lists_are_paged_as_every_list_is(string url)
    {
        var ct = TestContext.Current.CancellationToken;
        using var admin = await fixture.AdminApi();

        var all = await (await admin.GetAsync(url, ct)).JsonAsync(HttpStatusCode.OK);
        var first = await (await admin.GetAsync($"{url}?page=1&pageSize=1", ct)).JsonAsync(HttpStatusCode.OK);
        var second = await (await admin.GetAsync($"{url}?page=2&pageSize=1", ct)).JsonAsync(HttpStatusCode.OK);

        Assert.Equal(1, all.GetProperty("page").GetInt32());
        Assert.Equal(50, all.GetProperty("pageSize").GetInt32());
        var total = all.GetProperty("total").GetInt32();
        Assert.True(total >= 2);
        Assert.Equal(total, all.GetProperty("items").GetArrayLength());
        Assert.Equal(total, first.GetProperty("total").GetInt32());
        Assert.Equal(1, first.GetProperty("items").GetArrayLength());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal(all.GetProperty("items")[1].GetProperty("code").GetString(), second.GetProperty("items")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_openapi_document_still_describes_enums_by_name()
    {
        using var client = fixture.Anonymous();

        var text = await client.GetStringAsync("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.Contains("\"AwaitingShipment\"", text, StringComparison.Ordinal);
        Assert.Contains("\"BankCard\"", text, StringComparison.Ordinal);
        Assert.Contains("method_not_allowed", text, StringComparison.Ordinal);
    }
}
