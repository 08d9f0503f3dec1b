using Npgsql;

namespace Fulfilment.IntegrationTests.Foundation;

public sealed class SchemaAndSeedingTests(PostgresServer server)
{
    [Fact]
    public async Task Migrations_apply_cleanly_to_an_empty_database_and_match_the_model()
    {
        var connection = await server.CreateEmptyDatabaseAsync();
        await using var app = new FulfilmentApp(connection, migrateAndSeed: true);
        _ = app.Server;
        await using var db = app.Db();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changes no migration captures: run dotnet ef migrations add.");
        Assert.Equal(4, await db.Channels.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Demo_seeding_twice_adds_nothing_the_second_time()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        _ = app.Server;
        var before = await Counts(app);
        await app.WithServices(Identity.FixedActor.System, async services =>
        {
            await services.GetRequiredService<DemoSeeder>().SeedAsync(ct);
            return true;
        });
        Assert.Equal(before, await Counts(app));
        Assert.Equal(DemoOrders.DemoStoreCount + DemoOrders.SecondStoreCount, before.Orders);
        Assert.Equal(4, before.Users);
    }

    [Fact]
    public async Task The_database_refuses_a_negative_balance_duplicate_order_numbers_and_ledger_edits()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        await using var db = app.Db();
        var store = await db.Stores.FirstAsync(ct);
        db.FreightAccounts.Add(Fulfilment.FreightAccounts.FreightAccount.Bind(store.Id, Fulfilment.FreightAccounts.PaymentMethod.Alipay, "Li Na", "13800000000", "sbx_tok_test", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync(ct);

        var negative = await Assert.ThrowsAsync<PostgresException>(() =>
            db.Database.ExecuteSqlAsync($"UPDATE freight_accounts SET balance = -1 WHERE store_id = {store.Id}", ct));
        Assert.Equal(PostgresErrorCodes.CheckViolation, negative.SqlState);

        var order = await db.Orders.IgnoreQueryFilters().FirstAsync(o => o.StoreId == store.Id, ct);
        var duplicate = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync(
            $"INSERT INTO orders (store_id, order_number, buyer_name, buyer_channel_code, placed_at, ship_by, status, recipient_name, recipient_phone, recipient_country_code, recipient_province, recipient_city, recipient_postal_code, recipient_line1, created_at, updated_at) SELECT store_id, order_number, buyer_name, buyer_channel_code, placed_at, ship_by, status, recipient_name, recipient_phone, recipient_country_code, recipient_province, recipient_city, recipient_postal_code, recipient_line1, created_at, updated_at FROM orders WHERE id = {order.Id}",
            ct));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, duplicate.SqlState);

        await db.Database.ExecuteSqlAsync(
            $"INSERT INTO freight_ledger_entries (store_id, at, kind, amount, balance_after, actor) VALUES ({store.Id}, now(), 'TopUp', 10, 10, 'test')", ct);
        var edit = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"UPDATE freight_ledger_entries SET amount = 99", ct));
        Assert.Equal(PostgresErrorCodes.RestrictViolation, edit.SqlState);
        var delete = await Assert.ThrowsAsync<PostgresException>(() => db.Database.ExecuteSqlAsync($"DELETE FROM freight_ledger_entries", ct));
        Assert.Equal(PostgresErrorCodes.RestrictViolation, delete.SqlState);
    }

    private static async Task<(int Stores, int Users, int Orders, int Lines, int Channels, int Rates, int Warehouses, int Senders)> Counts(FulfilmentApp app)
    {
        await using var db = app.Db();
        return (
            await db.Stores.CountAsync(),
            await db.Users.CountAsync(),
            await db.Orders.CountAsync(),
            await db.OrderLines.CountAsync(),
            await db.Channels.CountAsync(),
            await db.ChannelRates.CountAsync(),
            await db.Warehouses.CountAsync(),
            await db.SenderAddresses.CountAsync());
    }
}
