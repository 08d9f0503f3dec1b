using Microsoft.AspNetCore.Identity;

namespace Fulfilment.IntegrationTests.Security;

/// <summary>The app with settings of its own (tight rate limits, a TLS proxy in front), on a database of its own.</summary>
public abstract class ConfiguredAppFixture(PostgresServer server, IReadOnlyDictionary<string, string?> settings) : IAsyncLifetime
{
    private FulfilmentApp? _app;

    public FulfilmentApp App => _app ?? throw new InvalidOperationException("Not initialized.");

    public async ValueTask InitializeAsync()
    {
        _app = new FulfilmentApp(await server.CreateDatabaseAsync(), settings: settings);
        _ = _app.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    public HttpClient Anonymous() => App.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}

internal static class Auth
{
    public sealed record Tokens(string AccessToken, string RefreshToken);

    public static async Task<HttpResponseMessage> LoginAsync(this HttpClient client, string email, string password = DemoSeeder.Password) =>
        await client.PostAsJsonAsync("/api/auth/login", new { email, password }, TestContext.Current.CancellationToken);

    public static async Task<Tokens> TokensAsync(this HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        return new Tokens(body.GetProperty("accessToken").GetString()!, body.GetProperty("refreshToken").GetString()!);
    }

    public static Task<HttpResponseMessage> RefreshAsync(this HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/auth/refresh", new { refreshToken }, TestContext.Current.CancellationToken);

    public static async Task<HttpStatusCode> MeAsync(this HttpClient client, string accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/me");
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", accessToken);
        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        return response.StatusCode;
    }

    public static async Task<string?> CodeAsync(this HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        try
        {
            return JsonDocument.Parse(text).RootElement.TryGetProperty("code", out var code) ? code.GetString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>A seller of the demo store with the demo password, made for one test.</summary>
    public static Task<string> NewSellerAsync(this FulfilmentApp app, string prefix)
    {
        var email = $"{prefix}-{Guid.NewGuid():N}@demo.test";
        return app.WithServices(FixedActor.System, async services =>
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var seller = await users.FindByEmailAsync(DemoSeeder.SellerEmail);
            var user = new AppUser { UserName = email, Email = email, Role = Roles.Seller, StoreId = seller!.StoreId, CreatedAt = DateTimeOffset.UtcNow };
            var created = await users.CreateAsync(user, DemoSeeder.Password);
            Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, Roles.Seller);
            return email;
        });
    }
}
