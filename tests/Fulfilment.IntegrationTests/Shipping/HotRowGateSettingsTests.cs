using Microsoft.Extensions.Options;

namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>The hot-row gate takes its settings from the app's configuration (<c>Fulfilment:HotRowGate</c>).</summary>
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
    public async Task Without_settings_four_ships_per_account_take_turns()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());

        var options = app.Services.GetRequiredService<IOptions<Fulfilment.Data.HotRowGateOptions>>().Value;

        Assert.Equal(4, options.Concurrency);
        Assert.Equal(TimeSpan.FromSeconds(2), options.MaxWait);
    }
}
