using Fulfilment.EndToEnd.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Serilog.Core;

namespace Fulfilment.EndToEnd;

/// <summary>The app on a real loopback port (Kestrel) with a database of its own, for one scenario class.</summary>
public sealed class LiveApp(PostgresServer server) : IAsyncLifetime
{
    private FulfilmentApp? _app;

    public FulfilmentApp App => _app ?? throw new InvalidOperationException("Not started.");

    public string BaseUrl { get; private set; } = "";

    /// <summary>The server's requests and warnings, for the report of a failing test (<see cref="FailureReportAttribute"/>).</summary>
    public ServerRecord Record { get; } = new();

    public async ValueTask InitializeAsync()
    {
        _app = new FulfilmentApp(await server.CreateDatabaseAsync(), testServices: services =>
        {
            services.AddSingleton<ILogEventSink>(Record);
            services.AddSingleton<IStartupFilter>(Record);
        });
        _app.UseKestrel(0);
        _app.StartServer();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
