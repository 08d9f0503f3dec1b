using Npgsql;

namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>
/// The hottest reads (a store's inbox page without search or filter, an order's details and timeline) run on connections
/// where PostgreSQL plans a prepared statement once; searches and filters, whose best plan depends on the values given,
/// keep PostgreSQL's own choice. Halving PostgreSQL's CPU per inbox page depends on it (bench/README, "Plans made once").
/// </summary>
public sealed class PlainSqlPlanTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static async Task<string> PlanCacheMode(PlainSql sql, CancellationToken ct) =>
        await sql.Read("SHOW plan_cache_mode", async (reader, token) => await reader.ReadAsync(token) ? reader.GetString(0) : "", ct);

    [Fact]
    public async Task The_app_reads_inbox_pages_with_one_plan_and_searches_with_a_plan_per_value()
    {
        var ct = TestContext.Current.CancellationToken;
        var reads = fixture.App.Services.GetRequiredService<SqlReads>();
        await using var db = fixture.App.Db(TestActors.Seller(await fixture.App.StoreIdAsync()));

        Assert.Equal("force_generic_plan", await PlanCacheMode(reads.For(db, samePlanForAnyValues: true), ct));
        Assert.Equal("auto", await PlanCacheMode(reads.For(db), ct));
    }

    [Fact]
    public async Task Options_already_in_the_connection_string_are_kept_on_both_pools()
    {
        var ct = TestContext.Current.CancellationToken;
        var configured = new NpgsqlConnectionStringBuilder(FulfilmentServices.Tuned(fixture.App.ConnectionString)) { Options = "-c statement_timeout=4321" };
        var reads = new SqlReads(configured.ConnectionString);
        await using var db = fixture.App.Db(TestActors.Seller(await fixture.App.StoreIdAsync()));

        Assert.Equal("force_generic_plan", await PlanCacheMode(reads.For(db, samePlanForAnyValues: true), ct));
        foreach (var sql in new[] { reads.For(db), reads.For(db, samePlanForAnyValues: true) })
        {
            Assert.Equal("4321ms", await sql.Read("SHOW statement_timeout", async (reader, token) => await reader.ReadAsync(token) ? reader.GetString(0) : "", ct));
        }
    }

    [Fact]
    public async Task The_inbox_reads_the_same_orders_on_either_pool()
    {
        var ct = TestContext.Current.CancellationToken;
        var storeId = await fixture.App.StoreIdAsync();
        var page = new InboxQuery(OrderStatus.AwaitingShipment, null, new PageRequest(1, 50));
        var viaApp = await fixture.App.WithServices(TestActors.Seller(storeId), services => services.GetRequiredService<OrderService>().List(page, ct));

        // Ten runs: PostgreSQL decides between its own plans only after five runs of a prepared statement.
        for (var run = 0; run < 10; run++)
        {
            var again = await fixture.App.WithServices(TestActors.Seller(storeId), services => services.GetRequiredService<OrderService>().List(page, ct));
            Assert.Equal(viaApp.Items.Select(o => o.OrderNumber), again.Items.Select(o => o.OrderNumber));
        }

        await using var db = fixture.App.Db(TestActors.Seller(storeId));
        var inIndexOrder = await db.Orders.Where(o => o.Status == OrderStatus.AwaitingShipment).OrderBy(o => o.ShipBy).ThenBy(o => o.Id).Take(50).Select(o => o.OrderNumber).ToListAsync(ct);
        Assert.Equal(inIndexOrder, viaApp.Items.Select(o => o.OrderNumber));
    }
}
