using System.Data;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fulfilment.Data;

/// <summary>
/// A read written in plain SQL on the context's connection (and transaction), for the hottest read paths, where EF's
/// per-query work (the query cache lookup, buffering the rows for a retry, shapers that build delegates per row) cost
/// several times the database's own time. Parameters are positional (<c>$1</c>, <c>$2</c> …: Npgsql sends the text as
/// written, and prepares it after a few runs on a connection like EF's statements). A store-owned table must be scoped
/// with <see cref="Store"/>, the same rule as the context's query filters.
/// </summary>
internal sealed class PlainSql(FulfilmentDbContext db)
{
    private readonly NpgsqlCommand _command = new();

    public NpgsqlParameterCollection Parameters => _command.Parameters;

    /// <summary>Adds a parameter; returns its placeholder.</summary>
    public string Add<T>(T value)
    {
        _command.Parameters.Add(new NpgsqlParameter<T> { TypedValue = value });
        return "$" + _command.Parameters.Count.ToString(CultureInfo.InvariantCulture);
    }

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
    /// Runs the query and reads its rows with <paramref name="read"/> (called once with the reader), through the context's
    /// execution strategy: a query that failed on a broken connection runs again, as EF's own queries do.
    /// </summary>
    public Task<T> Read<T>(string sql, Func<NpgsqlDataReader, CancellationToken, Task<T>> read, CancellationToken ct)
    {
        _command.CommandText = sql;
        return db.Database.CreateExecutionStrategy().ExecuteAsync(
            (Command: _command, Db: db, Read: read),
            static async (_, state, ct) =>
            {
                var database = state.Db.Database;
                await database.OpenConnectionAsync(ct);
                try
                {
                    state.Command.Connection = (NpgsqlConnection)database.GetDbConnection();
                    state.Command.Transaction = (NpgsqlTransaction?)database.CurrentTransaction?.GetDbTransaction();
                    await using var reader = await state.Command.ExecuteReaderAsync(CommandBehavior.Default, ct);
                    return await state.Read(reader, ct);
                }
                finally
                {
                    await database.CloseConnectionAsync();
                }
            },
            verifySucceeded: null,
            ct);
    }
}
