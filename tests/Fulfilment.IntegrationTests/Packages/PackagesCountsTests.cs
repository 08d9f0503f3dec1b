namespace Fulfilment.IntegrationTests.Packages;

/// <summary>
/// The parcels page counts its tabs once (by status, and the parcels awaiting their first print by status) and takes the
/// page's total from those counts when no search narrows it; every combination of tab, "label not printed" and search
/// must still show the total the list itself counts.
/// </summary>
public sealed class PackagesCountsTests(PostgresServer server)
{
    [Fact]
    public async Task Every_tab_and_filter_of_the_parcels_page_totals_what_it_lists()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await app.StoreIdAsync();
        await app.FundAsync(store, 1_000m);
        var door = await app.ParcelAsync(store);
        var requested = await app.ParcelAsync(store, mode: HandoverMode.PickupRequested);
        var printed = await app.ParcelAsync(store);
        var cancelled = await app.ParcelAsync(store);
        await app.CancelParcelAsync(store, cancelled.Id);
        using var api = await app.ApiAs(DemoSeeder.SellerEmail);
        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync($"/api/logistics-orders/{printed.Id}/label", ct)).StatusCode);

        var statuses = new string?[] { null }.Concat(LogisticsOrderFilter.Statuses.Select(s => s.ToString()));
        foreach (var search in new string?[] { null, door.OrderNumber })
        {
            foreach (var status in statuses)
            {
                foreach (var unprinted in new[] { false, true })
                {
                    var filter = new LogisticsOrderFilter(search, null, status, unprinted, PageSize: 100);
                    var (overview, listed) = await app.WithServices(TestActors.Seller(store), async services =>
                    {
                        var query = services.GetRequiredService<LogisticsOrderQuery>();
                        return ((await query.Overview(filter, ct)).Value, (await query.List(filter, ct)).Value);
                    });
                    Assert.Equal(listed.Total, overview.Parcels.Total);
                    Assert.Equal(listed.Items.Count, overview.Parcels.Total);
                    Assert.Equal(listed.Items.Select(p => p.Id), overview.Parcels.Items.Select(p => p.Id));
                    if (search is null && !unprinted)
                    {
                        await using var db = app.Db(TestActors.Seller(store));
                        var newestFirst = await db.LogisticsOrders.Where(l => status == null || l.Status == Enum.Parse<LogisticsOrderStatus>(status))
                            .OrderByDescending(l => l.Id).Select(l => l.Id).ToListAsync(ct);
                        Assert.Equal(newestFirst, listed.Items.Select(p => p.Id));
                    }
                }
            }
        }

        var counts = (await app.WithServices(TestActors.Seller(store), services =>
            services.GetRequiredService<LogisticsOrderQuery>().Overview(new LogisticsOrderFilter(), ct))).Value.Counts;
        Assert.Equal(4, counts.All);
        Assert.Equal(1, counts.ByStatus[LogisticsOrderStatus.Cancelled]);
        Assert.Equal(1, counts.ByStatus[LogisticsOrderStatus.PickupRequested]);
        Assert.Equal(2, counts.Unprinted);
        Assert.NotEqual(requested.Id, printed.Id);
    }
}
