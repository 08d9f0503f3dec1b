using System.Text.Json.Serialization;
using Fulfilment.Idempotency;
using Fulfilment.SenderAddresses;
using Npgsql;

namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>
/// The create step reads and writes in plain SQL built from EF's model (<c>PlainReads</c>, <c>PlainInserts</c>): what
/// it reads is what EF reads, what it writes EF reads back unchanged, and its sender query orders the address book as
/// EF does; the inbox's plain "awaiting notice" condition is the one EF writes.
/// </summary>
public sealed class PlainSqlMappingTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly JsonSerializerOptions Comparable = new() { ReferenceHandler = ReferenceHandler.IgnoreCycles, WriteIndented = true };

    [Fact]
    public async Task Orders_their_lines_and_sender_addresses_read_in_plain_SQL_equal_what_EF_reads()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = await DemoStore(ct);
        await using var db = fixture.App.Db(TestActors.Seller(store));
        var byEf = await db.Orders.AsNoTracking().Include(o => o.Lines.OrderBy(l => l.Id)).OrderBy(o => o.Id).Take(20).ToListAsync(ct);
        var senders = await db.SenderAddresses.AsNoTracking().OrderBy(a => a.Id).ToListAsync(ct);
        Assert.NotEmpty(senders);

        var orders = await ReadPlain<Order>(db, $"SELECT {db.Columns<Order>()} FROM {db.Table<Order>()} WHERE store_id = {store} ORDER BY id LIMIT 20", ct);
        foreach (var order in orders)
        {
            order.Lines = await ReadPlain<OrderLine>(db, $"SELECT {db.Columns<OrderLine>()} FROM {db.Table<OrderLine>()} WHERE order_id = {order.Id} ORDER BY id", ct);
        }

        Assert.Equal(20, orders.Count);
        Assert.Equal(Json(byEf), Json(orders));
        Assert.Contains(orders, o => o.Recipient.Line2 is not null);
        Assert.Contains(orders, o => o.BuyerChannelCode is not null);
        Assert.Equal(Json(senders), Json(await ReadPlain<SenderAddress>(db, $"SELECT {db.Columns<SenderAddress>()} FROM {db.Table<SenderAddress>()} WHERE store_id = {store} ORDER BY id", ct)));
    }

    [Fact]
    public async Task Rows_inserted_in_plain_SQL_read_back_through_EF_unchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = await DemoStore(ct);
        await using var db = fixture.App.Db(TestActors.Seller(store));
        var order = await db.Orders.AsNoTracking().OrderBy(o => o.Id).FirstAsync(ct);
        var at = new DateTimeOffset(2026, 12, 6, 12, 34, 56, TimeSpan.FromHours(8)).AddTicks(1230);
        TimelineEvent[] events =
        [
            new() { StoreId = store, OrderId = order.Id, At = at, Kind = TimelineEventKind.FreightCharged, Actor = "plain@test", Data = new() { ["waybill"] = "LP000000001CN", ["amount"] = "12.30" } },
            new() { StoreId = store, At = at, Kind = TimelineEventKind.PickupRequested, Actor = "plain@test", Data = [] },
        ];
        var record = new IdempotencyRecord { Scope = "plain-test", Key = Guid.NewGuid().ToString("N"), RequestHash = "h", ResponseJson = "{\"a\":1}", CreatedAt = at };

        await db.Database.OpenConnectionAsync(ct);
        await using (var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection()))
        {
            batch.BatchCommands.Add(db.Insert(events));
            batch.BatchCommands.Add(db.Insert([record]));
            await batch.ExecuteNonQueryAsync(ct);
        }

        var stored = await db.TimelineEvents.AsNoTracking().Where(e => e.Actor == "plain@test").OrderBy(e => e.Id).ToListAsync(ct);
        Assert.Equal(2, stored.Count);
        Assert.Equal(at.ToUniversalTime(), stored[0].At);
        Assert.Equal(TimeSpan.Zero, stored[0].At.Offset);
        Assert.Equal(events[0].Data, stored[0].Data);
        Assert.Equal(order.Id, stored[0].OrderId);
        Assert.Null(stored[1].OrderId);
        Assert.Empty(stored[1].Data);
        Assert.Equal(TimelineEventKind.PickupRequested, stored[1].Kind);
        var storedRecord = await db.IdempotencyRecords.AsNoTracking().SingleAsync(r => r.Key == record.Key, ct);
        Assert.True(storedRecord.Id > 0);
        Assert.Equal(record.ResponseJson, storedRecord.ResponseJson);
    }

    [Fact]
    public async Task The_plain_sender_query_orders_the_address_book_as_EF_does()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.App.Db(TestActors.Seller(await DemoStore(ct)));
        var sql = db.SenderAddresses.InBookOrder().ToQueryString();
        var alias = sql[(sql.IndexOf("ORDER BY ", StringComparison.Ordinal) + 9)..].Split('.')[0];
        var expected = string.Join(", ", AddressBook.SqlOrder.Split(", ").Select(term => $"{alias}.{term}"));
        Assert.EndsWith($"ORDER BY {expected}", sql.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public Task The_inboxs_plain_awaiting_notice_condition_is_the_one_EF_writes() =>
        AssertPlainParcelConditionIsEFs(AwaitingNotice.ParcelFilter, AwaitingNotice.ParcelSql);

    [Fact]
    public Task The_parcels_pages_plain_unprinted_condition_is_the_one_EF_writes() =>
        AssertPlainParcelConditionIsEFs(LogisticsOrderFilter.AwaitingFirstPrint, LogisticsOrderFilter.AwaitingFirstPrintSql);

    /// <summary>The SQL twin of a parcel condition, on the alias EF gives the parcel, appears in the SQL EF writes for it.</summary>
    private async Task AssertPlainParcelConditionIsEFs(System.Linq.Expressions.Expression<Func<LogisticsOrder, bool>> condition, Func<string, string> plain)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = fixture.App.Db(TestActors.Seller(await DemoStore(ct)));
        var sql = db.LogisticsOrders.Where(condition).ToQueryString();
        var alias = sql[(sql.IndexOf("FROM logistics_orders AS ", StringComparison.Ordinal) + 25)..].Split('\n')[0].Trim();
        Assert.Contains(plain(alias), sql, StringComparison.Ordinal);
    }

    private static async Task<List<T>> ReadPlain<T>(FulfilmentDbContext db, string sql, CancellationToken ct)
        where T : class
    {
        await db.Database.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection());
        await using var reader = await command.ExecuteReaderAsync(ct);
        List<T> rows = [];
        while (await reader.ReadAsync(ct))
        {
            rows.Add(db.Read<T>(reader));
        }

        return rows;
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value, Comparable);

    private async Task<long> DemoStore(CancellationToken ct)
    {
        await using var db = fixture.App.Db();
        return await db.Stores.Where(s => s.Name == DemoSeeder.DemoStoreName).Select(s => s.Id).SingleAsync(ct);
    }
}
