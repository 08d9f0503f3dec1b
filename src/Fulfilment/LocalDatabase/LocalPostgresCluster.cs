using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Fulfilment.LocalDatabase;

/// <summary>
/// A private PostgreSQL cluster under a data directory, started from the machine's binaries on a free loopback port.
/// Created on first start, reused afterwards. PostgreSQL refuses to run as root, so as root the server runs as the
/// <c>postgres</c> user.
/// </summary>
public sealed class LocalPostgresCluster : IAsyncDisposable
{
    private const string ServiceUser = "postgres";
    private readonly LocalPostgresOptions _options;
    private bool _ownsServer;

    private LocalPostgresCluster(LocalPostgresOptions options, int port)
    {
        _options = options;
        Port = port;
    }

    public int Port { get; private set; }

    public string ClusterDirectory => Path.Combine(_options.DataDirectory, "pgdata");

    public string LogFile => Path.Combine(_options.DataDirectory, "postgres.log");

    public string ConnectionString => ConnectionStringFor(_options.DatabaseName);

    public string ConnectionStringFor(string database) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Username = "postgres",
        Database = database,
        Pooling = true,
        MaxPoolSize = 50,
    }.ConnectionString;

    public static async Task<LocalPostgresCluster> StartAsync(LocalPostgresOptions options, CancellationToken ct = default)
    {
        var cluster = new LocalPostgresCluster(options, 0);
        await cluster.StartCoreAsync(ct);
        return cluster;
    }

    private static bool RunningAsRoot => Environment.UserName == "root";

    public async Task StopAsync()
    {
        if (!_ownsServer)
        {
            return;
        }

        _ownsServer = false;
        await RunAsync(Tool("pg_ctl"), ["-D", ClusterDirectory, "-m", "fast", "-w", "-t", "30", "stop"], CancellationToken.None, allowFailure: true);
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>
    /// Restarts the server the way an operator would (<c>pg_ctl restart -m fast</c>: open sessions are ended, open
    /// transactions roll back), on the same port and settings. Only for a server this object started.
    /// </summary>
    public async Task RestartAsync(CancellationToken ct = default)
    {
        if (!_ownsServer)
        {
            throw new InvalidOperationException("This cluster was started by another process; restart it there.");
        }

        await RunAsync(Tool("pg_ctl"), ["-D", ClusterDirectory, "-l", LogFile, "-m", "fast", "-w", "-t", "60", "restart"], ct);
    }

    private async Task StartCoreAsync(CancellationToken ct)
    {
        var dataDirectory = Path.GetFullPath(_options.DataDirectory);
        Directory.CreateDirectory(dataDirectory);
        if (RunningAsRoot)
        {
            await PrepareForServiceUser(dataDirectory, ct);
        }

        if (!File.Exists(Path.Combine(ClusterDirectory, "PG_VERSION")))
        {
            await RunAsync(
                Tool("initdb"),
                ["-D", ClusterDirectory, "-U", "postgres", "-A", "trust", "--no-sync", "-E", "UTF8", "--locale=C.UTF-8", "--no-instructions"],
                ct);
        }

        var runningPort = RunningServerPort();
        if (runningPort is not null && await AnswersAsync(runningPort.Value, ct))
        {
            // Left running by an earlier process that did not stop it: use it, and leave it to its owner.
            Port = runningPort.Value;
        }
        else
        {
            Port = FreePort();
            var settings = $"-p {Port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=200";
            if (_options.Throwaway)
            {
                // A test run holds one database (and one connection pool) per test class, many at once.
                settings += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400";
            }

            await RunAsync(Tool("pg_ctl"), ["-D", ClusterDirectory, "-l", LogFile, "-w", "-t", "60", "-o", settings, "start"], ct);
            _ownsServer = true;
        }

        await EnsureDatabaseAsync(ct);
    }

    private async Task EnsureDatabaseAsync(CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(ConnectionStringFor("postgres"));
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", _options.DatabaseName);
        if (await exists.ExecuteScalarAsync(ct) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{_options.DatabaseName}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
        }
    }

    private int? RunningServerPort()
    {
        // postmaster.pid: line 1 the pid, line 4 the port (PostgreSQL's documented layout).
        var pidFile = Path.Combine(ClusterDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        var lines = File.ReadAllLines(pidFile);
        return lines.Length >= 4 && int.TryParse(lines[3], NumberStyles.None, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private static async Task<bool> AnswersAsync(int port, CancellationToken ct)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder { Host = "127.0.0.1", Port = port, Username = "postgres", Database = "postgres", Timeout = 3, Pooling = false };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(ct);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static async Task PrepareForServiceUser(string dataDirectory, CancellationToken ct)
    {
        // The server process must own its data and be able to reach it through every parent folder.
        await RunAsync("chown", ["-R", $"{ServiceUser}:", dataDirectory], asServiceUser: false, allowFailure: false, ct);
        for (var dir = Path.GetDirectoryName(dataDirectory); !string.IsNullOrEmpty(dir) && dir != "/"; dir = Path.GetDirectoryName(dir))
        {
            var mode = File.GetUnixFileMode(dir);
            if (!mode.HasFlag(UnixFileMode.OtherExecute))
            {
                throw new InvalidOperationException(
                    $"PostgreSQL runs as the '{ServiceUser}' user when started by root, and cannot reach {dataDirectory} because {dir} is closed to other users. " +
                    "Choose a data directory elsewhere with Fulfilment__DataDirectory (e.g. /var/tmp/fulfilment), or run as a normal user.");
            }
        }
    }

    private string Tool(string name) => Path.Combine(_options.BinDirectory, name);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static Task RunAsync(string program, IReadOnlyList<string> arguments, CancellationToken ct, bool allowFailure = false) =>
        RunAsync(program, arguments, RunningAsRoot, allowFailure, ct);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asServiceUser, bool allowFailure, CancellationToken ct)
    {
        var start = new ProcessStartInfo
        {
            FileName = asServiceUser ? "runuser" : program,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = "/",
        };
        if (asServiceUser)
        {
            foreach (var a in new[] { "-u", ServiceUser, "--", program })
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");

        // The server itself writes to its log file (-l), so these pipes close when the program exits.
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        await Task.WhenAll(stdout, stderr);
        if (process.ExitCode != 0 && !allowFailure)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} failed (exit {process.ExitCode}): {(await stderr).Trim()} {(await stdout).Trim()}");
        }
    }
}
