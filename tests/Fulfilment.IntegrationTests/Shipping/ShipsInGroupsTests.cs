using Npgsql;

namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>
/// Group commit, with real concurrent requests on PostgreSQL: a store's ships sent at once commit a few to a transaction,
/// each parcel whole with its own two ledger entries, every balance-after exact; a ship that loses its race inside a
/// group gets its own answer and the others of its group still ship.
/// </summary>
public sealed class ShipsInGroupsTests(PostgresServer server)
{
    private const string Standard = "CAINIAO_STANDARD";

    [Fact]
    public async Task Ships_of_one_store_sent_at_once_commit_in_groups_each_whole_with_an_exact_ledger()
    {
        await using var given = await ArrangeAsync(16);
        var (app, store, api, orders) = given;

        var responses = await Task.WhenAll(orders.Select(o => api.ShipAsync(o, Shipments.Body(Standard, 400), Guid.NewGuid().ToString())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var transactions = await TransactionsAsync(app, orders);
        TestContext.Current.TestOutputHelper?.WriteLine($"16 ships at once committed in {transactions} transactions");
        Assert.True(transactions < orders.Count, "no two ships shared a transaction");
        await AssertLedgerExactAsync(app, store, orders);
    }

    [Fact]
    public async Task A_ship_that_loses_its_race_inside_a_group_gets_nothing_to_ship_and_the_others_ship()
    {
        await using var given = await ArrangeAsync(11);
        var (app, store, api, orders) = given;
        var distinct = orders[..10];
        var contested = orders[10];
        var requests = distinct.Concat(Enumerable.Repeat(contested, 4)).Select(o => api.ShipAsync(o, Shipments.Body(Standard, 400), Guid.NewGuid().ToString()));

        var responses = await Task.WhenAll(requests);

        Assert.All(responses[..10], r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Single(responses[10..], r => r.StatusCode == HttpStatusCode.Created);
        foreach (var lost in responses[10..].Where(r => r.StatusCode != HttpStatusCode.Created))
        {
            await Problems.AssertAsync(lost, HttpStatusCode.Conflict, "nothing_to_ship");
        }

        await using var db = app.Db();
        Assert.Equal(1, await db.LogisticsOrders.CountAsync(l => l.OrderNumber == contested, TestContext.Current.CancellationToken));
        await AssertLedgerExactAsync(app, store, [.. distinct, contested]);
    }

    [Fact]
    public async Task With_groups_of_one_every_ship_commits_in_its_own_transaction()
    {
        await using var given = await ArrangeAsync(8, new Dictionary<string, string?> { ["Fulfilment:CommitGroups:MaxSize"] = "1" });
        var (app, store, api, orders) = given;

        var responses = await Task.WhenAll(orders.Select(o => api.ShipAsync(o, Shipments.Body(Standard, 400))));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(orders.Count, await TransactionsAsync(app, orders));
        await AssertLedgerExactAsync(app, store, orders);
    }

    /// <summary>An app on a database of its own, the demo store funded, the seller's API client and untouched orders.</summary>
    private async Task<Arranged> ArrangeAsync(int orders, Dictionary<string, string?>? settings = null)
    {
        var app = new FulfilmentApp(await server.CreateDatabaseAsync(), settings: settings);
        var store = await app.StoreIdAsync();
        await app.FundAsync(store, 5000m);
        var numbers = new List<string>();
        for (var i = 0; i < orders; i++)
        {
            numbers.Add((await app.FreshOrderAsync()).OrderNumber);
        }

        return new Arranged(app, store, await app.ApiAs(DemoData.DemoSeeder.SellerEmail), numbers);
    }

    private sealed record Arranged(FulfilmentApp App, long Store, HttpClient Api, List<string> Orders) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            Api.Dispose();
            await App.DisposeAsync();
        }
    }

    /// <summary>How many transactions wrote the parcels of <paramref name="orders"/> (a row's xmin is the transaction that wrote it).</summary>
    private static async Task<int> TransactionsAsync(FulfilmentApp app, IReadOnlyList<string> orders)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = new NpgsqlCommand("SELECT count(DISTINCT xmin::text)::int FROM logistics_orders WHERE order_number = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. orders] });
        return (int)(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken))!;
    }

    /// <summary>
    /// Each order has one parcel charged freight and return fee, once each; the store's ledger, in order, leaves each
    /// entry's balance at the one before it plus its amount; and the balance is the ledger's sum.
    /// </summary>
    private static async Task AssertLedgerExactAsync(FulfilmentApp app, long store, IReadOnlyList<string> orders)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = app.Db();
        var parcels = await db.LogisticsOrders.Where(l => orders.Contains(l.OrderNumber)).Select(l => new { l.Id, l.Charged }).ToListAsync(ct);
        Assert.Equal(orders.Count, parcels.Count);
        var ids = parcels.Select(p => p.Id).ToList();
        var charges = await db.FreightLedger.Where(e => e.LogisticsOrderId != null && ids.Contains(e.LogisticsOrderId.Value))
            .GroupBy(e => e.LogisticsOrderId).Select(g => new { Parcel = g.Key!.Value, Entries = g.Count(), Total = g.Sum(e => e.Amount) }).ToListAsync(ct);
        Assert.All(parcels, p =>
        {
            var charged = Assert.Single(charges, c => c.Parcel == p.Id);
            Assert.Equal(2, charged.Entries);
            Assert.Equal(-p.Charged, charged.Total);
        });

        var ledger = await db.FreightLedger.Where(e => e.StoreId == store).OrderBy(e => e.Id).Select(e => new { e.Amount, e.BalanceAfter }).ToListAsync(ct);
        for (var i = 1; i < ledger.Count; i++)
        {
            Assert.Equal(ledger[i - 1].BalanceAfter + ledger[i].Amount, ledger[i].BalanceAfter);
        }

        var (balance, sum) = await app.MoneyAsync(store);
        Assert.Equal(balance, sum);
        Assert.Equal(ledger[^1].BalanceAfter, balance);
    }
}
