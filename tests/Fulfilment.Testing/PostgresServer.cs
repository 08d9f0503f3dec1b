using Fulfilment.LocalDatabase;
using Npgsql;


namespace Fulfilment.Testing;

/// <summary>
/// One throwaway PostgreSQL cluster for the whole test run, started from the machine's binaries and stopped at the
/// end (also when tests fail). A template database is migrated and seeded with the demo data once; every test
/// class then gets its own copy of it in a few milliseconds (CREATE DATABASE … TEMPLATE).
/// </summary>
public sealed class PostgresServer : IAsyncLifetime
{
    public const string TemplateDatabase = "fulfilment_template";
    private LocalPostgresCluster? _cluster;
    private string _directory = "";
    private int _databases;

    public LocalPostgresCluster Cluster => _cluster ?? throw new InvalidOperationException("The test cluster is not running.");

    public async ValueTask InitializeAsync()
    {
        var bin = PostgresBinaries.Find(Environment.GetEnvironmentVariable("Fulfilment__PostgresBinDirectory"))
            ?? throw new InvalidOperationException("Integration tests need PostgreSQL's server programs. " + PostgresBinaries.InstallHint);

        // Under /tmp, not the checkout: as root the server runs as 'postgres', which must be able to reach it.
        _directory = Path.Combine(Path.GetTempPath(), "fulfilment-tests", Guid.NewGuid().ToString("N")[..12]);
        _cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions
        {
            DataDirectory = _directory,
            BinDirectory = bin,
            DatabaseName = TemplateDatabase,
            Throwaway = true,
        });

        // Migrate and seed the template through the app itself, exactly as a first start would.
        await using (var app = new FulfilmentApp(Cluster.ConnectionStringFor(TemplateDatabase), migrateAndSeed: true))
        {
            app.StartServer();
        }

        NpgsqlConnection.ClearAllPools();
    }

    /// <summary>A new database holding the migrated schema and the demo data, for one test class.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = $"test_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        await using var connection = new NpgsqlConnection(Cluster.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{TemplateDatabase}\"", connection);
        await command.ExecuteNonQueryAsync();
        return Cluster.ConnectionStringFor(name);
    }

    /// <summary>An empty database, for tests of migrating from nothing.</summary>
    public async Task<string> CreateEmptyDatabaseAsync()
    {
        var name = $"empty_{Interlocked.Increment(ref _databases)}_{Guid.NewGuid():N}"[..30];
        await using var connection = new NpgsqlConnection(Cluster.ConnectionStringFor("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
        return Cluster.ConnectionStringFor(name);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        if (_cluster is not null)
        {
            await _cluster.StopAsync();
        }

        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Leaving a temp folder behind must not fail the run.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
