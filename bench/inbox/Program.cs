using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Fulfilment;
using Fulfilment.Common;
using Fulfilment.Data;
using Fulfilment.Identity;
using Fulfilment.LocalDatabase;
using Fulfilment.Orders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

// Fills a throwaway PostgreSQL cluster with 1,000,000 orders and prints EXPLAIN (ANALYZE, BUFFERS) of the exact
// SQL the inbox runs (captured from OrderService, not retyped): the tab counts, a page of a tab, and searches.
var orders = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1_000_000;
var bin = PostgresBinaries.Find(Environment.GetEnvironmentVariable("Fulfilment__PostgresBinDirectory"))
    ?? throw new InvalidOperationException(PostgresBinaries.InstallHint);
var directory = Path.Combine(Path.GetTempPath(), "fulfilment-bench", Guid.NewGuid().ToString("N")[..8]);
await using var cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = directory, BinDirectory = bin, DatabaseName = "bench", Throwaway = true });
try
{
    var options = new DbContextOptionsBuilder<FulfilmentDbContext>();
    FulfilmentServices.Configure(options, cluster.ConnectionString);
    await using (var db = new FulfilmentDbContext(options.Options, FixedActor.System))
    {
        await db.Database.MigrateAsync();
    }

    await using var connection = new NpgsqlConnection(cluster.ConnectionString);
    await connection.OpenAsync();
    var fill = Stopwatch.StartNew();
    await Execute(connection, Fill.Sql(orders));
    await Execute(connection, "VACUUM ANALYZE");
    Console.WriteLine($"-- filled {orders:N0} orders in {fill.Elapsed.TotalSeconds:N1} s");
    Console.WriteLine(await Scalar(connection, "SELECT format('-- store 1: %s orders (%s awaiting, %s partially shipped, %s shipped); all stores: %s orders, %s lines; orders table %s, indexes %s', (SELECT count(*) FROM orders WHERE store_id = 1), (SELECT count(*) FROM orders WHERE store_id = 1 AND status = 'AwaitingShipment'), (SELECT count(*) FROM orders WHERE store_id = 1 AND status = 'PartiallyShipped'), (SELECT count(*) FROM orders WHERE store_id = 1 AND status = 'Shipped'), (SELECT count(*) FROM orders), (SELECT count(*) FROM order_lines), pg_size_pretty(pg_table_size('orders')), pg_size_pretty(pg_indexes_size('orders')))"));

    // The queries, as the app sends them, for the biggest store (500,000 orders).
    var recorder = new Recorder();
    options.AddInterceptors(recorder);
    var actor = new FixedActor(null, "bench", Roles.Seller, 1, null);
    await using (var db = new FulfilmentDbContext(options.Options, actor))
    {
        var service = new OrderService(db, new LocalClock(db, actor, new SystemClock()));
        foreach (var (name, query) in new (string, InboxQuery)[]
        {
            ("inbox: Awaiting shipment, page 1", new InboxQuery(OrderStatus.AwaitingShipment, null, new PageRequest(1, 20))),
            ("inbox: Shipped, page 50", new InboxQuery(OrderStatus.Shipped, null, new PageRequest(50, 20))),
            ("search: buyer name part 'johnson'", new InboxQuery(OrderStatus.AwaitingShipment, "johnson", new PageRequest(1, 20))),
            ("search: order number part '0012345'", new InboxQuery(OrderStatus.AwaitingShipment, "0012345", new PageRequest(1, 20))),
            ("search: a whole order number in another tab", new InboxQuery(OrderStatus.Shipped, "1000123457", new PageRequest(1, 20))),
            ("sort: Awaiting shipment by placed, newest first", new InboxQuery(OrderStatus.AwaitingShipment, null, new PageRequest(1, 20)) { Filter = new InboxFilter(Sort: new InboxSort(InboxSortColumn.Placed, true)) }),
            ("sort: Shipped by buyer", new InboxQuery(OrderStatus.Shipped, null, new PageRequest(1, 20)) { Filter = new InboxFilter(Sort: new InboxSort(InboxSortColumn.Buyer, false)) }),
            ("filter: Awaiting shipment to US, ship-by in a week", new InboxQuery(OrderStatus.AwaitingShipment, null, new PageRequest(1, 20)) { Filter = new InboxFilter(ShipByFrom: DateOnly.FromDateTime(DateTime.UtcNow), ShipByTo: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(7)), Country: "US") }),
            ("filter: Shipped placed in one month", new InboxQuery(OrderStatus.Shipped, null, new PageRequest(1, 20)) { Filter = new InboxFilter(PlacedFrom: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-60)), PlacedTo: DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-30))) }),
        })
        {
            recorder.Name = name;
            var wall = Stopwatch.StartNew();
            var inbox = await service.Inbox(query, CancellationToken.None);
            Console.WriteLine($"-- {name}: {inbox.Orders.Items.Count} rows of {inbox.Orders.Total:N0}; counts {inbox.Counts}; first call through EF {wall.ElapsedMilliseconds} ms");
        }

        // GET /api/orders answers an exact total of the one status asked for.
        foreach (var (name, query) in new (string, InboxQuery)[]
        {
            ("api: Awaiting shipment, page 1", new InboxQuery(OrderStatus.AwaitingShipment, null, new PageRequest(1, 50))),
            ("api: Shipped, page 1", new InboxQuery(OrderStatus.Shipped, null, new PageRequest(1, 50))),
        })
        {
            recorder.Name = name;
            var list = await service.List(query, CancellationToken.None);
            Console.WriteLine($"-- {name}: {list.Items.Count} rows of {list.Total:N0}");
        }
    }

    foreach (var command in recorder.Commands)
    {
        await Explain(connection, command);
    }
}
finally
{
    await cluster.StopAsync();
    try
    {
        Directory.Delete(directory, recursive: true);
    }
    catch (IOException)
    {
    }
}

static async Task Explain(NpgsqlConnection connection, Captured captured)
{
    var times = new List<double>();
    string plan = "";
    for (var run = 0; run < 5; run++)
    {
        await using var explain = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + captured.Sql, connection);
        foreach (var (name, value) in captured.Parameters)
        {
            explain.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        var lines = new List<string>();
        await using (var reader = await explain.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }
        }

        plan = string.Join('\n', lines);
        times.Add(double.Parse(Regex.Match(plan, @"Execution Time: ([0-9.]+) ms").Groups[1].Value, CultureInfo.InvariantCulture));
    }

    times.Sort();
    Console.WriteLine();
    Console.WriteLine($"==== {captured.Name} — {captured.Kind}: execution {times[2]:N2} ms median of 5 (min {times[0]:N2}, max {times[^1]:N2})");
    Console.WriteLine("-- parameters: " + string.Join(", ", captured.Parameters.Select(p => $"{p.Name}={p.Value}")));
    Console.WriteLine(captured.Sql);
    Console.WriteLine(plan);
}

static async Task Execute(NpgsqlConnection connection, string sql)
{
    await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
    await command.ExecuteNonQueryAsync();
}

static async Task<string?> Scalar(NpgsqlConnection connection, string sql)
{
    await using var command = new NpgsqlCommand(sql, connection);
    return (string?)await command.ExecuteScalarAsync();
}

internal sealed record Captured(string Name, string Kind, string Sql, IReadOnlyList<(string Name, object? Value)> Parameters);

/// <summary>Keeps every query the service sends, with its parameters, to explain afterwards.</summary>
internal sealed class Recorder : DbCommandInterceptor
{
    public string Name { get; set; } = "";

    public List<Captured> Commands { get; } = [];

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        var kind = command.CommandText.Contains("GROUP BY", StringComparison.Ordinal)
                ? command.CommandText.Contains("LIMIT", StringComparison.Ordinal) ? "tab counts (capped)" : "tab counts (search, exact)"
            : command.CommandText.StartsWith("SELECT count(*)", StringComparison.Ordinal) ? "exact total"
            : "page of orders with their lines";
        Commands.Add(new Captured(Name, kind, command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value))]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
