using Fulfilment;
using Fulfilment.Web.Hosting;

var startedAt = System.Diagnostics.Stopwatch.StartNew();
var builder = WebApplication.CreateBuilder(args);
builder.AddFulfilmentLogging();

// No connection string: start (or reuse) the private PostgreSQL cluster under the data directory.
var database = await AppDatabase.PrepareAsync(builder.Configuration, builder.Environment);
if (database is null)
{
    return 1;
}

builder.Services.AddFulfilment(database.ConnectionString);
builder.Services.AddFulfilmentSecurity();
builder.Services.AddFulfilmentHardening(builder.Configuration);
builder.Services.AddFulfilmentLocalization();
builder.Services.AddFulfilmentWeb();
builder.Services.AddFulfilmentPageWeight();
builder.Services.AddFulfilmentApi();

var app = builder.Build();
database.StopWith(app.Lifetime);
var databaseSeconds = startedAt.Elapsed.TotalSeconds;
await AppDatabase.MigrateAndSeedAsync(app.Services, database, app.Configuration);
var readySeconds = startedAt.Elapsed.TotalSeconds;
StartupBanner.LogStartup(app.Logger, databaseSeconds, readySeconds);

// Forwarded headers first, so everything after sees the client's scheme and address; security headers on every answer.
app.UseFulfilmentTransport();
app.UseFulfilmentSecurityHeaders();

// Request logging outermost, so it records the status the client got (a 400 for an unreadable body, not the 500 the
// exception would have been without the error handling inside it).
app.UseFulfilmentRequestLogging();
app.UseFulfilmentErrorHandling();
app.UseFulfilmentStaticFiles();
app.UseApiReference();
app.UseFulfilmentLocalization();
app.UseRouting();
app.UseAuthentication();
app.UseActiveUserCheck();
app.UseNoStoreForPrivateAnswers();
app.UseRateLimiter();
app.UseAuthorization();
app.UseEmptyBodiesAsEmptyObjects();
app.UseEnumQueryNames();
app.UseAntiforgery();

app.MapRazorPages();
app.MapFulfilmentApi();
StartupBanner.PrintWhenStarted(app, database);

await app.RunAsync();
return 0;

/// <summary>The app's entry point, visible to the test host.</summary>
public partial class Program;
