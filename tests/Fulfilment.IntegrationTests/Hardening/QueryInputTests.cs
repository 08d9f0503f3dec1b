namespace Fulfilment.IntegrationTests.Hardening;

/// <summary>
/// Query strings and route values a client can send that once answered 500 (NUL, a page past the offset's range) or
/// a silent empty list (an enum by number): each is a 400 naming the parameter.
/// </summary>
public sealed class QueryInputTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?q=%00", "q")]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?q=ab%00cd", "q")]
    [InlineData(DemoSeeder.SellerEmail, "/api/logistics-orders?orderNumber=%00", "orderNumber")]
    [InlineData(DemoSeeder.SellerEmail, "/api/logistics-orders?waybillNumber=%00", "waybillNumber")]
    [InlineData(DemoSeeder.AdminEmail, "/api/admin/channels/CAINIAO_STANDARD/quote?countryCode=U%00S&weightGrams=500", "countryCode")]
    [InlineData(DemoSeeder.AdminEmail, "/api/admin/users?q=%00", "q")]
    public async Task Nul_in_a_query_or_route_value_names_it(string email, string url, string parameter)
    {
        using var api = await fixture.ApiAs(email);

        await Raw.AssertFieldAsync(await api.GetAsync(url, TestContext.Current.CancellationToken), parameter);
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders")]
    [InlineData(DemoSeeder.SellerEmail, "/api/logistics-orders")]
    [InlineData(DemoSeeder.SellerEmail, "/api/freight-account/ledger")]
    [InlineData(DemoSeeder.SellerEmail, "/api/sender-addresses")]
    [InlineData(DemoSeeder.WarehouseEmail, "/api/warehouse/pickup-requests")]
    [InlineData(DemoSeeder.AdminEmail, "/api/admin/users")]
    [InlineData(DemoSeeder.AdminEmail, "/api/admin/channels")]
    [InlineData(DemoSeeder.AdminEmail, "/api/admin/warehouses")]
    public async Task Every_list_refuses_a_page_or_page_size_out_of_range(string email, string list)
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.ApiAs(email);

        await Raw.AssertFieldAsync(await api.GetAsync($"{list}?page=20000000&pageSize=200", ct), "page");
        await Raw.AssertFieldAsync(await api.GetAsync($"{list}?page=100001", ct), "page");
        await Raw.AssertFieldAsync(await api.GetAsync($"{list}?page=0", ct), "page");
        await Raw.AssertFieldAsync(await api.GetAsync($"{list}?page=99999999999", ct), "page");
        await Raw.AssertFieldAsync(await api.GetAsync($"{list}?pageSize=0", ct), "pageSize");
        await Raw.AssertFieldAsync(await api.GetAsync($"{list}?pageSize=201", ct), "pageSize");

        // The last allowed page is simply empty.
        var far = await (await api.GetAsync($"{list}?page={PageRequest.MaxPage}&pageSize=200", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, far.GetProperty("items").GetArrayLength());
        Assert.Equal(PageRequest.MaxPage, far.GetProperty("page").GetInt32());
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=7", "status")]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=1", "status")]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=Nope", "status")]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=AwaitingShipment,Shipped", "status")]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=Shipped&status=AwaitingShipment", "status")]
    [InlineData(DemoSeeder.SellerEmail, "/api/logistics-orders?status=3", "status")]
    [InlineData(DemoSeeder.WarehouseEmail, "/api/warehouse/pickup-requests?status=9", "status")]
    [InlineData(DemoSeeder.WarehouseEmail, "/api/warehouse/pickup-requests?status=0", "status")]
    [InlineData(DemoSeeder.AdminEmail, "/api/admin/channels/CAINIAO_STANDARD/quote?countryCode=US&weightGrams=500&goodsType=1", "goodsType")]
    public async Task An_enum_query_parameter_given_by_number_or_unknown_name_lists_the_names(string email, string url, string parameter)
    {
        using var api = await fixture.ApiAs(email);

        var problem = await Raw.AssertFieldAsync(await api.GetAsync(url, TestContext.Current.CancellationToken), parameter);

        Assert.StartsWith("Choose one of:", problem.GetProperty("errors").GetProperty(parameter)[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Channel_quotes_refuse_a_goods_type_given_by_number()
    {
        using var api = await fixture.SellerApi();
        var order = (await (await api.GetAsync("/api/orders?pageSize=1", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK))
            .GetProperty("items")[0].GetProperty("orderNumber").GetString();

        await Raw.AssertFieldAsync(await api.GetAsync($"/api/orders/{order}/channel-quotes?goodsType=1", TestContext.Current.CancellationToken), "goodsType");
        await (await api.GetAsync($"/api/orders/{order}/channel-quotes?goodsType=battery", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=shipped")]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=")]
    [InlineData(DemoSeeder.SellerEmail, "/api/orders?status=PARTIALLYSHIPPED&q=a")]
    [InlineData(DemoSeeder.SellerEmail, "/api/logistics-orders?status=cancelled")]
    [InlineData(DemoSeeder.WarehouseEmail, "/api/warehouse/pickup-requests?status=Pending")]
    public async Task Enum_names_in_any_case_still_filter(string email, string url)
    {
        using var api = await fixture.ApiAs(email);

        await (await api.GetAsync(url, TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
    }
}
