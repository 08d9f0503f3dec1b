using Fulfilment.DemoData;
using Fulfilment.LocalDatabase;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Fulfilment.Web.Hosting;

/// <summary>
/// Where the data lives: the server named by <c>ConnectionStrings:Fulfilment</c>, or else a private cluster the app
/// starts from the machine's PostgreSQL binaries under <c>Fulfilment:DataDirectory</c> (default <c>.data/</c>).
/// </summary>
public sealed class AppDatabase
{
    private AppDatabase(string connectionString, LocalPostgresCluster? cluster)
    {
        ConnectionString = connectionString;
        Cluster = cluster;
    }

    public string ConnectionString { get; }

    /// <summary>The private cluster when the app started one; null when it uses a configured server.</summary>
    public LocalPostgresCluster? Cluster { get; }

    public bool Embedded => Cluster is not null;

    public static async Task<AppDatabase?> PrepareAsync(IConfiguration configuration, IWebHostEnvironment environment)
    {
        var configured = configuration.GetConnectionString("Fulfilment");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new AppDatabase(configured, null);
        }

        var bin = PostgresBinaries.Find(configuration["Fulfilment:PostgresBinDirectory"]);
        if (bin is null)
        {
            await Console.Error.WriteLineAsync(
                "Fulfilment needs PostgreSQL. No connection string is set (ConnectionStrings:Fulfilment) and no PostgreSQL server programs were found.\n" +
                PostgresBinaries.InstallHint);
            return null;
        }

        var dataDirectory = configuration["Fulfilment:DataDirectory"];
        dataDirectory = string.IsNullOrWhiteSpace(dataDirectory)
            ? Path.Combine(environment.ContentRootPath, ".data")
            : Path.GetFullPath(dataDirectory, environment.ContentRootPath);
        try
        {
            var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = dataDirectory, BinDirectory = bin });
            return new AppDatabase(cluster.ConnectionString, cluster);
        }
        catch (InvalidOperationException ex)
        {
            await Console.Error.WriteLineAsync($"Could not start the private PostgreSQL cluster in {dataDirectory}: {ex.Message}");
            return null;
        }
    }

    /// <summary>Stops the private cluster cleanly when the app stops (Ctrl+C included).</summary>
    public void StopWith(IHostApplicationLifetime lifetime)
    {
        if (Cluster is { } cluster)
        {
            lifetime.ApplicationStopped.Register(() => cluster.StopAsync().GetAwaiter().GetResult());
        }
    }

    public static async Task MigrateAndSeedAsync(IServiceProvider services, AppDatabase database, IConfiguration configuration)
    {
        await using var scope = services.CreateAsyncScope();
        if (configuration.GetValue("Fulfilment:MigrateOnStartup", true))
        {
            var db = scope.ServiceProvider.GetRequiredService<FulfilmentDbContext>();

            // Create EF's history table up front: on an empty database EF would otherwise probe for it first and
            // log that expected miss as an error.
            await db.Database.ExecuteSqlRawAsync(db.GetService<IHistoryRepository>().GetCreateIfNotExistsScript());
            await db.Database.MigrateAsync();
        }

        await EnsureRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        if (configuration.GetValue("Fulfilment:SeedDemoData", database.Embedded))
        {
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
        }
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Identity.Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }
}
