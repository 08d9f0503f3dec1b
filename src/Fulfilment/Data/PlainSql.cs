namespace Fulfilment.Data;

/// <summary>How many connections each pool of the plain SQL reads may open (<see cref="SqlReads"/>).</summary>
public sealed class SqlReadsOptions
{
    public const string Section = "Fulfilment:Reads";

    /// <summary>
    /// Connections per read pool; 0 means two per processor (at least four). The hottest reads arrive many at a time, and
    /// PostgreSQL backends beyond a couple per core only take the CPU from each other and from the app: with 16 clients
    /// on 2 cores, <c>GET /api/orders</c> did 1,900–2,300 a second either way, at p99 17–26 ms with 4 connections, 38–53 ms
    /// with 8 and 61–121 ms with 100 (bench/README, "Reads on few connections"). A request waits for a connection in the
    /// app instead, which costs nothing.
    /// </summary>
    public int MaxConnections { get; set; }

    internal int Effective => MaxConnections > 0 ? MaxConnections : Math.Max(4, 2 * Environment.ProcessorCount);
}

/// <summary>
/// Where plain SQL reads connect: the app's database, without the context (a request that reads only this way never
/// builds the context's EF services), through two pools of their own, never the context's: one where PostgreSQL plans as
/// it chooses, one whose connections plan every prepared statement once (<see cref="GenericPlans"/>). Both are small
/// (<see cref="SqlReadsOptions.MaxConnections"/>); being apart from the context's pool, a read made while the request's
/// unit of work holds a connection never waits for that pool.
/// </summary>
public sealed class SqlReads : IDisposable
{
    /// <summary>Attempts a read gets when its connection breaks (a PostgreSQL restart), as EF's retrying strategy gives queries.</summary>
    public const int MaxAttempts = 6;

    /// <summary>
    /// What the second pool's connections set: PostgreSQL keeps one plan per prepared statement instead of choosing per
    /// run. Left to itself (<c>auto</c>) it planned the inbox page's statement afresh on every run, because its
    /// estimate for <c>LIMIT $n</c> without the value makes the one plan look dear; that planning was half of
    /// PostgreSQL's CPU per <c>GET /api/orders</c> (bench/README, "Plans made once").
    /// </summary>
    public const string GenericPlans = "-c plan_cache_mode=force_generic_plan";

    public SqlReads(string connectionString, SqlReadsOptions? options = null)
    {
        var size = (options ?? new SqlReadsOptions()).Effective;
        ConnectionString = Pool(connectionString, "reads", size, null);
        GenericPlanConnectionString = Pool(connectionString, "reads, generic plans", size, GenericPlans);
    }

    internal string ConnectionString { get; }

    internal string GenericPlanConnectionString { get; }

    /// <summary>
    /// A read for the actor of <paramref name="db"/> (whose tenancy filter it states): outside any transaction. With
    /// <paramref name="samePlanForAnyValues"/> it runs where statements are planned once: only for a statement whose best
    /// plan is the same whatever its parameters' values (a lookup by key, a store's orders in an index's order), never
    /// for a search or filter, whose plan must see the pattern or dates it is given.
    /// </summary>
    internal PlainSql For(FulfilmentDbContext db, bool samePlanForAnyValues = false) =>
        new(db, samePlanForAnyValues ? GenericPlanConnectionString : ConnectionString);

    /// <summary>Closes the pools' idle connections now rather than after Npgsql's idle timeout: the app is done with its database.</summary>
    public void Dispose()
    {
        foreach (var pool in new[] { ConnectionString, GenericPlanConnectionString })
        {
            using var connection = new NpgsqlConnection(pool);
            NpgsqlConnection.ClearPool(connection);
        }
    }

    /// <summary>A pool of its own: Npgsql keeps one pool per connection string, and the application name tells them apart.</summary>
    private static string Pool(string connectionString, string name, int size, string? options)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        builder.ApplicationName = string.IsNullOrEmpty(builder.ApplicationName) ? $"Fulfilment ({name})" : $"{builder.ApplicationName} ({name})";
        builder.MaxPoolSize = size;
        builder.MinPoolSize = Math.Min(builder.MinPoolSize, size);
        if (options is not null)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? options : builder.Options + " " + options;
        }

        return builder.ConnectionString;
    }
}

/// <summary>
/// A read written in plain SQL, for the hottest read paths, where EF's per-query work (building the context's services,
/// the query cache lookup, buffering the rows for a retry, shapers that build delegates per row) cost several times the
/// database's own time. It runs on a connection of its own from the pool, outside any transaction of the context: use it
/// only for reads that need none. Parameters are positional (<c>$1</c>, <c>$2</c> …: Npgsql sends the text as written, and
/// prepares it after a few runs on a connection like EF's statements). A store-owned table must be scoped with
/// <see cref="Store"/>, the same rule as the context's query filters.
/// </summary>
internal sealed class PlainSql(FulfilmentDbContext db, string connectionString)
{
    private readonly NpgsqlCommand _command = new();

    /// <summary>Adds a parameter; returns its placeholder.</summary>
    public string Add<T>(T value)
    {
        _command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + _command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// A row limit written into the statement, not sent as a value: a plan PostgreSQL makes once
    /// (<see cref="SqlReads.GenericPlans"/>) is then made for this many rows. Made for <c>LIMIT $n</c>, it assumed a tenth
    /// of the rows that match, and where one store holds nearly every order of a tab it read the whole tab and hashed all
    /// its lines (1.2 s a page at 1.75 million orders; 0.4 ms through the index). One statement text per page size, and
    /// page sizes are bounded (<see cref="PageRequest.MaxSize"/>).
    /// </summary>
    public static string Limit(int rows) => "LIMIT " + rows.ToString(CultureInfo.InvariantCulture);

    /// <summary>A page of rows: its size written in (<see cref="Limit"/>), the rows it skips as a parameter.</summary>
    public string Page(PageRequest paging) => $"{Limit(paging.SafeSize)} OFFSET {Add(paging.Skip)}";

    /// <summary>
    /// The tenancy filter of <see cref="FulfilmentDbContext"/> for a store-owned row named <paramref name="alias"/>, as its
    /// query filters say it: a seller's context (<see cref="FulfilmentDbContext.OneStoreModel"/>) sees the actor's store
    /// only (nothing once the actor has no store); any other context sees every store when its actor does, else the
    /// actor's store.
    /// </summary>
    public string Store(string alias)
    {
        if (!db.OneStoreModel && db.SeesAllStores)
        {
            return "TRUE";
        }

        return db.ActorStoreId is { } store ? $"{alias}.store_id = {StoreParameter(store)}" : "FALSE";
    }

    private string? _store;

    private string StoreParameter(long store) => _store ??= Add(store);

    /// <summary>
    /// Runs the query and reads its rows with <paramref name="read"/> (called once with the reader). A query whose
    /// connection broke (a transient error: a PostgreSQL restart, a dropped connection) runs again, a little later each
    /// time, up to <see cref="SqlReads.MaxAttempts"/> times.
    /// </summary>
    public async Task<T> Read<T>(string sql, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        _command.CommandText = sql;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                _command.Connection = connection;
                await using var reader = await _command.ExecuteReaderAsync(ct);
                return await read(reader, ct);
            }
            catch (NpgsqlException e) when (e.IsTransient && attempt < SqlReads.MaxAttempts && !ct.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(100 * attempt * attempt), ct);
            }
            finally
            {
                _command.Connection = null;
            }
        }
    }
}
