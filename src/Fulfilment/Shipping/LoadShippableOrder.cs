using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace Fulfilment.Shipping;

/// <summary>
/// The small query every shipping use case starts with: the store's order with its lines (another store's order is
/// simply not found), and, for the steps that ship, the freight account's balance and whether anything is left.
/// </summary>
[ScopedService]
public sealed class LoadShippableOrder(FulfilmentDbContext db)
{
    /// <summary>The store's order with its lines, or null.</summary>
    public async Task<Order?> Find(string orderNumber, bool tracked, CancellationToken ct)
    {
        var number = orderNumber?.Trim() ?? "";
        var query = db.Orders.Include(o => o.Lines).Where(o => o.OrderNumber == number);
        return await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(ct);
    }

    /// <summary>
    /// The order, ready for another parcel: it exists (<c>not_found</c>), the freight account is bound
    /// (<c>freight_account_unbound</c>), and units remain to ship (the order lifecycle's refusal).
    /// </summary>
    public async Task<Result<ShippableOrder>> Ready(string orderNumber, bool tracked, CancellationToken ct)
    {
        var order = await Find(orderNumber, tracked, ct);
        var balance = order is null ? null : await db.FreightAccounts.Select(a => (decimal?)a.Balance).SingleOrDefaultAsync(ct);
        return Check(order, balance);
    }

    /// <summary>
    /// <see cref="Ready"/>, with the sender address the parcel goes from (the chosen one, or the address book's default;
    /// null when there is none): the query the create step starts with, in plain SQL, one round trip of four statements
    /// (<see cref="PlainReads"/>), with the store written out in each. Nothing is tracked: the step writes what it changes
    /// in plain SQL too. Runs in the step's transaction if it has begun, else before it (a ship reads outside any
    /// transaction, so that its writes can commit with others: <see cref="CommitGroups"/>).
    /// </summary>
    public async Task<Result<(ShippableOrder Shippable, SenderAddress? Sender)>> ReadyToShip(long storeId, string orderNumber, long? senderAddressId, CancellationToken ct)
    {
        var number = orderNumber?.Trim() ?? "";
        var sql = ReadySql.GetOrAdd(db.Model, static (_, context) => ReadyStatements(context), db);
        await db.Database.OpenConnectionAsync(ct);
        await using var batch = new NpgsqlBatch(
            (NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
        batch.BatchCommands.Add(Statement(sql[0], storeId, number));
        batch.BatchCommands.Add(Statement(sql[1], storeId, number));
        batch.BatchCommands.Add(Statement(sql[2], storeId));
        batch.BatchCommands.Add(Statement(sql[3], storeId, (object?)senderAddressId ?? DBNull.Value));

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var order = await reader.ReadAsync(ct) ? db.Read<Order>(reader) : null;
        await reader.NextResultAsync(ct);
        List<OrderLine> lines = [];
        while (await reader.ReadAsync(ct))
        {
            lines.Add(db.Read<OrderLine>(reader));
        }

        await reader.NextResultAsync(ct);
        decimal? balance = await reader.ReadAsync(ct) ? reader.GetDecimal(0) : null;
        await reader.NextResultAsync(ct);
        var sender = await reader.ReadAsync(ct) ? db.Read<SenderAddress>(reader) : null;
        if (order is not null)
        {
            order.Lines = lines;
        }

        var ready = Check(order, balance);
        return ready.IsSuccess ? (ready.Value, sender) : ready.Problem;
    }

    private static readonly ConcurrentDictionary<IModel, string[]> ReadySql = new();

    /// <summary>The order, its lines, the balance, the sender: written once per model.</summary>
    private static string[] ReadyStatements(FulfilmentDbContext db)
    {
        var orders = db.Table<Order>();
        return
        [
            $"SELECT {db.Columns<Order>()} FROM {orders} WHERE store_id = $1 AND order_number = $2",
            $"SELECT {db.Columns<OrderLine>()} FROM {db.Table<OrderLine>()} WHERE order_id = (SELECT id FROM {orders} WHERE store_id = $1 AND order_number = $2) ORDER BY id",
            $"SELECT balance FROM {db.Table<FreightAccount>()} WHERE store_id = $1",
            $"SELECT {db.Columns<SenderAddress>()} FROM {db.Table<SenderAddress>()} WHERE store_id = $1 AND ($2::bigint IS NULL OR id = $2) ORDER BY {AddressBook.SqlOrder} LIMIT 1",
        ];
    }

    private static NpgsqlBatchCommand Statement(string sql, params object[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in parameters)
        {
            command.Parameters.Add(value is DBNull ? new NpgsqlParameter { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Bigint, Value = value } : new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static Result<ShippableOrder> Check(Order? order, decimal? balance)
    {
        if (order is null)
        {
            return OrderProblems.NotFound();
        }

        if (balance is null)
        {
            return FreightAccountProblems.Unbound();
        }

        if (order.CanShipMore() is { IsSuccess: false } closed)
        {
            return closed.Problem;
        }

        return new ShippableOrder(order, balance.Value);
    }
}

/// <summary>An order that may get another parcel, and the store's freight account balance.</summary>
public sealed record ShippableOrder(Order Order, decimal Balance);
