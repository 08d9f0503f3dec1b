using System.Collections.Concurrent;
using Fulfilment.DemoData;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fulfilment.Testing;

/// <summary>
/// The app on a database of its own (a copy of the migrated, demo-seeded template), shared by one test class.
/// Use it as <c>IClassFixture&lt;AppFixture&gt;</c>; tests in a class share the data, classes never do.
/// </summary>
public sealed class AppFixture(PostgresServer server) : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _tokens = new();
    private FulfilmentApp? _app;

    public FulfilmentApp App => _app ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync()
    {
        _app = new FulfilmentApp(await server.CreateDatabaseAsync());
        _ = _app.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            var connectionString = _app.ConnectionString;
            await _app.DisposeAsync();

            // The class's database is done with: close its idle pooled connections now rather than after Npgsql's idle
            // timeout, so the classes still running never meet the server's connection limit.
            await using var connection = new Npgsql.NpgsqlConnection(connectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }

    public HttpClient Anonymous() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>An API client signed in with a bearer token (tokens are cached per user for speed).</summary>
    public async Task<HttpClient> ApiAs(string email, string password = DemoSeeder.Password)
    {
        if (!_tokens.TryGetValue(email, out var token))
        {
            token = await App.AccessTokenAsync(email, password);
            _tokens[email] = token;
        }

        return App.ApiWith(token);
    }

    public Task<HttpClient> SellerApi() => ApiAs(DemoSeeder.SellerEmail);

    public Task<HttpClient> Seller2Api() => ApiAs(DemoSeeder.Seller2Email);

    public Task<HttpClient> WarehouseApi() => ApiAs(DemoSeeder.WarehouseEmail);

    public Task<HttpClient> AdminApi() => ApiAs(DemoSeeder.AdminEmail);

    /// <summary>A browser-like session (cookies, antiforgery) signed in through the login page.</summary>
    public Task<PageSession> BrowserAs(string email, string password = DemoSeeder.Password, string culture = "en") =>
        PageSession.SignInAsync(App, email, password, culture);
}
