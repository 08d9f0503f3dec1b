using System.Net.Http.Headers;
using System.Net.Http.Json;
using Fulfilment.DemoData;
using Fulfilment.Identity;
using Fulfilment.Web.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;

namespace Fulfilment.Testing;

/// <summary>
/// The real app, booted in-process against a test database. The suite signs in and races requests a lot, so the rate
/// limits are generous here; tests of the limits themselves pass tight ones in <paramref name="settings"/>.
/// <paramref name="testServices"/> adds to the app's services last (the browser tests' record of the server).
/// </summary>
public sealed class FulfilmentApp(
    string connectionString,
    bool migrateAndSeed = false,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? testServices = null)
    : WebApplicationFactory<Program>
{
    /// <summary>Budgets no test reaches by accident.</summary>
    public static readonly IReadOnlyDictionary<string, string?> GenerousRateLimits = new Dictionary<string, string?>
    {
        ["Security:RateLimits:SignInPerAddress:PermitLimit"] = "1000000",
        ["Security:RateLimits:SignInPerAccount:PermitLimit"] = "1000000",
        ["Security:RateLimits:ApiPerToken:PermitLimit"] = "1000000",
        ["Security:RateLimits:ApiPerAddress:PermitLimit"] = "1000000",
    };

    public string ConnectionString => connectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Fulfilment", connectionString);
        builder.UseSetting("Fulfilment:MigrateOnStartup", migrateAndSeed ? "true" : "false");
        builder.UseSetting("Fulfilment:SeedDemoData", migrateAndSeed ? "true" : "false");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        foreach (var (key, value) in GenerousRateLimits.Concat(settings ?? new Dictionary<string, string?>()))
        {
            builder.UseSetting(key, value);
        }

        if (testServices is not null)
        {
            builder.ConfigureTestServices(testServices);
        }
    }

    /// <summary>
    /// A database context acting as <paramref name="actor"/> (the system, which sees every store, by default). What it
    /// saves reaches the app's in-memory caches as the app's own saves do (channels, users, sessions).
    /// </summary>
    public FulfilmentDbContext Db(ICurrentActor? actor = null)
    {
        var options = new DbContextOptionsBuilder<FulfilmentDbContext>();
        FulfilmentServices.Configure(options, connectionString);
        options.AddInterceptors(Services.GetRequiredService<ChangeSignalInterceptor>(), Services.GetRequiredService<ChangeSignalCommitInterceptor>());
        return FulfilmentDbContext.ActingAs(options.Options, actor ?? FixedActor.System);
    }

    /// <summary>An access token for <paramref name="email"/>, from the API's login endpoint.</summary>
    public async Task<string> AccessTokenAsync(string email, string password = DemoSeeder.Password)
    {
        using var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenResponse>();
        return body!.AccessToken;
    }

    /// <summary>An API client signed in as <paramref name="email"/> with a bearer token.</summary>
    public async Task<HttpClient> ApiAs(string email, string password = DemoSeeder.Password) => ApiWith(await AccessTokenAsync(email, password));

    /// <summary>An API client that sends <paramref name="accessToken"/>.</summary>
    public HttpClient ApiWith(string accessToken)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }

    /// <summary>Runs <paramref name="work"/> with the app's own services in a scope acting as <paramref name="actor"/>.</summary>
    public async Task<T> WithServices<T>(ICurrentActor actor, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorScope>().ActAs(actor);
        return await work(scope.ServiceProvider);
    }

    private sealed record TokenResponse(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);
}
