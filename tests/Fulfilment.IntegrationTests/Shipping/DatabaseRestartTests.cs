using Fulfilment.LocalDatabase;

namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>
/// PostgreSQL restarts (<c>pg_ctl restart -m fast</c>) while 16 clients ship: the server retries what it can, answers
/// what it cannot as <c>503 unavailable</c> with <c>Retry-After</c>, and a client that retries with the same
/// Idempotency-Key (on 5xx or a broken connection) ships every order exactly once and pays for it exactly once. The
/// class runs on a cluster of its own, so the restart never touches the databases of other test classes.
/// </summary>
public sealed class DatabaseRestartTests : IAsyncLifetime
{
    private const int Clients = 16;
    private const int OrdersPerClient = 8;
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "fulfilment-tests", "restart-" + Guid.NewGuid().ToString("N")[..8]);
    private LocalPostgresCluster? _cluster;
    private FulfilmentApp? _app;

    public async ValueTask InitializeAsync()
    {
        var bin = PostgresBinaries.Find(Environment.GetEnvironmentVariable("Fulfilment__PostgresBinDirectory"))
            ?? throw new InvalidOperationException(PostgresBinaries.InstallHint);
        _cluster = await LocalPostgresCluster.StartAsync(new LocalPostgresOptions { DataDirectory = _directory, BinDirectory = bin, DatabaseName = "restart", Throwaway = true });
        _app = new FulfilmentApp(_cluster.ConnectionString, migrateAndSeed: true);
        _ = _app.Server;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        Npgsql.NpgsqlConnection.ClearAllPools();
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
        }
    }

    [Fact]
    public async Task Sixteen_clients_ship_through_a_restart_of_PostgreSQL_with_no_failed_request_and_no_parcel_lost_or_doubled()
    {
        var app = _app!;
        var ct = TestContext.Current.CancellationToken;
        var store = await app.StoreIdAsync();
        await app.FundAsync(store, 50_000m);
        using var api = await app.ApiAs(DemoData.DemoSeeder.SellerEmail);

        // Orders of one line each, made through the API before the clients start.
        var numbers = Enumerable.Range(0, Clients * OrdersPerClient).Select(i => $"RESTART-{i:000}").ToList();
        foreach (var number in numbers)
        {
            var created = await api.PostAsJsonAsync("/api/orders", new
            {
                orderNumber = number,
                buyerName = "Emily Johnson",
                buyerChannelCode = "CAINIAO_STANDARD",
                placedAt = "2026-11-20T00:00:00Z",
                shipBy = "2026-12-30T00:00:00Z",
                recipient = new { name = "Emily Johnson", phone = "+1 415 555 0134", countryCode = "US", province = "CA", city = "San Francisco", postalCode = "94107", line1 = "500 Brannan St" },
                lines = new[] { new { sku = "PC-IP15-CLR", title = "Phone case", quantity = 1, unitPrice = 6.90m, weightGrams = 45 } },
            }, ct);
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        }

        var (before, _) = await app.MoneyAsync(store);
        var answered = new ConcurrentDictionary<string, decimal>();
        var retried = new ConcurrentBag<string>();
        var failed = new ConcurrentBag<string>();
        var shipped = 0;
        var signedIn = new List<HttpClient>();
        for (var c = 0; c < Clients; c++)
        {
            signedIn.Add(await app.ApiAs(DemoData.DemoSeeder.SellerEmail));
        }

        var clients = Enumerable.Range(0, Clients).Select(c => Task.Run(
            async () =>
            {
                using var client = signedIn[c];
                foreach (var number in numbers.Skip(c * OrdersPerClient).Take(OrdersPerClient))
                {
                    var (status, charged, attempts) = await ShipWithRetries(client, number, retried, ct);
                    if (status == HttpStatusCode.Created)
                    {
                        answered[number] = charged;
                        Interlocked.Increment(ref shipped);
                    }
                    else
                    {
                        failed.Add($"{number}: {(int)status} after {attempts} attempts");
                    }
                }
            },
            ct)).ToList();

        // Restart once the clients are well under way.
        var wait = Stopwatch.StartNew();
        while (Volatile.Read(ref shipped) < Clients && wait.Elapsed < TimeSpan.FromSeconds(60))
        {
            await Task.Delay(20, ct);
        }

        var restart = Stopwatch.StartNew();
        await _cluster!.RestartAsync(ct);
        TestContext.Current.TestOutputHelper?.WriteLine($"restarted after {Volatile.Read(ref shipped)} ships, in {restart.ElapsedMilliseconds} ms");
        await Task.WhenAll(clients);
        TestContext.Current.TestOutputHelper?.WriteLine($"{retried.Count} retries by the clients: {string.Join(", ", retried.GroupBy(r => r).Select(g => $"{g.Key} ×{g.Count()}"))}");

        Assert.Empty(failed);
        Assert.Equal(numbers.Count, answered.Count);
        await using var db = app.Db();
        var parcels = await db.LogisticsOrders.Where(l => l.OrderNumber.StartsWith("RESTART-")).GroupBy(l => l.OrderNumber)
            .Select(g => new { Number = g.Key, Count = g.Count() }).ToListAsync(ct);
        Assert.Equal(numbers.Count, parcels.Count);
        Assert.All(parcels, p => Assert.Equal(1, p.Count));
        var (after, sum) = await app.MoneyAsync(store);
        Assert.Equal(after, sum);
        Assert.Equal(before - answered.Values.Sum(), after);
    }

    /// <summary>The client's retry policy: the same request with the same key on a 5xx or a broken connection, for up to a minute.</summary>
    private static async Task<(HttpStatusCode Status, decimal Charged, int Attempts)> ShipWithRetries(HttpClient client, string number, ConcurrentBag<string> retried, CancellationToken ct)
    {
        var key = Guid.NewGuid().ToString();
        var deadline = Stopwatch.StartNew();
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan delay;
            try
            {
                using var response = await client.ShipAsync(number, Shipments.Body("CAINIAO_STANDARD"), key);
                if ((int)response.StatusCode < 500 || deadline.Elapsed > TimeSpan.FromSeconds(60))
                {
                    var charged = response.StatusCode == HttpStatusCode.Created
                        ? (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(ct)).GetProperty("charged").GetDecimal()
                        : 0m;
                    return (response.StatusCode, charged, attempt);
                }

                retried.Add($"{(int)response.StatusCode} {(response.Headers.RetryAfter is null ? "" : "Retry-After")}".Trim());
                delay = response.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(200);
            }
            catch (HttpRequestException) when (deadline.Elapsed < TimeSpan.FromSeconds(60))
            {
                retried.Add("connection");
                delay = TimeSpan.FromMilliseconds(200);
            }

            await Task.Delay(delay, ct);
        }
    }
}
