using Microsoft.Extensions.Options;

namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>
/// The hot-row gate takes its settings from the app's configuration (<c>Fulfilment:HotRowGate</c>), and a ship that holds
/// its turn while it reads and decides never waits for the turn it holds.
/// </summary>
public sealed class HotRowGateSettingsTests(PostgresServer server)
{
    [Fact]
    public async Task The_gate_uses_the_configured_turns_and_wait()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync(), settings: new Dictionary<string, string?>
        {
            ["Fulfilment:HotRowGate:Concurrency"] = "0",
            ["Fulfilment:HotRowGate:MaxWait"] = "00:00:05",
        });

        var options = app.Services.GetRequiredService<IOptions<Fulfilment.Data.HotRowGateOptions>>().Value;

        Assert.Equal(0, options.Concurrency);
        Assert.Equal(TimeSpan.FromSeconds(5), options.MaxWait);
    }

    [Fact]
    public async Task With_one_turn_per_store_racing_ships_all_ship_one_at_a_time_and_never_wait_for_their_own_turn()
    {
        // A wait of a minute: a ship that queued for its store's account before it began and then waited again for the
        // same turn at its last batch (its charge) would stall that long, and the test would time out.
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync(), settings: new Dictionary<string, string?>
        {
            ["Fulfilment:HotRowGate:Concurrency"] = "1",
            ["Fulfilment:HotRowGate:MaxWait"] = "00:01:00",
        });
        var ct = TestContext.Current.CancellationToken;
        var store = await app.StoreIdAsync();
        await app.FundAsync(store, 3000m);
        using var api = await app.ApiAs(DemoData.DemoSeeder.SellerEmail);
        var orders = new List<Shipments.OrderPick>();
        for (var i = 0; i < 8; i++)
        {
            orders.Add(await app.FreshOrderAsync());
        }

        var clock = Stopwatch.StartNew();
        var responses = await Task.WhenAll(orders.Select(o => api.ShipAsync(o.OrderNumber, Shipments.Body("CAINIAO_STANDARD", 400))))
            .WaitAsync(TimeSpan.FromSeconds(45), ct);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(45), $"8 ships took {clock.Elapsed}");
        var (balance, sum) = await app.MoneyAsync(store);
        Assert.Equal(balance, sum);
        await using var db = app.Db();
        var numbers = orders.Select(o => o.OrderNumber).ToList();
        Assert.Equal(8, await db.LogisticsOrders.CountAsync(l => numbers.Contains(l.OrderNumber), ct));
    }

    [Fact]
    public async Task Without_settings_four_ships_per_account_take_turns()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());

        var options = app.Services.GetRequiredService<IOptions<Fulfilment.Data.HotRowGateOptions>>().Value;

        Assert.Equal(4, options.Concurrency);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MaxWait);
    }
}
