namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>
/// A seller's requests query under the one-store tenancy filter (<c>store_id = $1</c>), pages as well as the API: under
/// the general filter (<c>$1 OR store_id = $2</c>) PostgreSQL's generic plans cannot use the store's indexes
/// (bench/README, "The inbox with many parcels, and a seller's pages under the one-store filter"). The statements are
/// seen through Npgsql's tracing.
/// </summary>
public sealed class TenancyModelPerRequestTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_sellers_parcels_page_and_api_query_with_the_one_store_filter()
    {
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 500m);
        await fixture.App.ParcelAsync(store);
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        using var api = await fixture.SellerApi();

        var page = await TracedStatements.During(fixture.App.ConnectionString, async () => Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/Packages")).Status));
        var listed = await TracedStatements.During(fixture.App.ConnectionString, async () => Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/logistics-orders?status=AwaitingHandover")).StatusCode));

        foreach (var statements in new[] { page, listed })
        {
            var parcels = statements.Where(s => s.Contains("FROM logistics_orders AS l", StringComparison.Ordinal)).ToList();
            Assert.NotEmpty(parcels);
            // EF's parameters, as traced before Npgsql numbers them: the one-store filter is only the store's id.
            Assert.All(parcels, s => Assert.Matches(@"WHERE l\.store_id = @\w+", s));
            Assert.All(parcels, s => Assert.DoesNotMatch(@"OR l\.store_id", s));
        }
    }
}
