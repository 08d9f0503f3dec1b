namespace Fulfilment.IntegrationTests.Orders;

/// <summary>
/// The store's order counts kept in memory (<see cref="OrderCounts"/>): the API's <c>total</c> and the inbox's tab counts
/// equal PostgreSQL's count after every kind of write, at once; rolled-back changes move nothing; a count read while a
/// change was in flight is not kept; concurrent writers and readers leave them exact.
/// </summary>
public sealed class OrderCountsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private OrderCounts Counts => fixture.App.Services.GetRequiredService<OrderCounts>();

    [Fact]
    public async Task The_api_total_and_the_tab_counts_move_at_once_with_each_order_written()
    {
        var store = await fixture.App.StoreIdAsync();
        await fixture.App.FundAsync(store, 2000m);
        using var api = await fixture.SellerApi();
        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var before = await AssertShownAsync(api, browser, store);

        // Created through the API: one more awaiting shipment.
        (await api.PostJson("/api/orders", OrderJson.Order("COUNT-1", lines: [OrderJson.Line("A-1", 2), OrderJson.Line("B-2", 1)]))).EnsureSuccessStatusCode();
        var created = await AssertShownAsync(api, browser, store);
        Assert.Equal(before[OrderStatus.AwaitingShipment] + 1, created[OrderStatus.AwaitingShipment]);

        // Imported from a file: two more.
        var file = Encoding.UTF8.GetBytes(
            "orderNumber,buyerName,buyerChannelCode,placedAt,shipBy,recipientName,recipientPhone,countryCode,province,city,postalCode,addressLine1,addressLine2,sku,title,quantity,unitPrice,weightGrams\r\n" +
            "COUNT-CSV-1,Lena Schmidt,CAINIAO_ECONOMY,2026-11-20T10:30:00Z,2026-11-27,Lena Schmidt,+49 30 901820,DE,Berlin,Berlin,10117,Unter den Linden 77,,A-1,Product A,1,12.00,80\r\n" +
            "COUNT-CSV-2,Lena Schmidt,CAINIAO_ECONOMY,2026-11-20T10:30:00Z,2026-11-27,Lena Schmidt,+49 30 901820,DE,Berlin,Berlin,10117,Unter den Linden 77,,A-1,Product A,1,12.00,80\r\n");
        var preview = await (await browser.UploadAsync("/Orders/Import", "handler=Preview", "Upload", "count.csv", file)).PageAsync();
        var imported = await browser.ConfirmImportAsync(preview);
        Assert.Equal(HttpStatusCode.Redirect, imported.StatusCode);
        var afterImport = await AssertShownAsync(api, browser, store);
        Assert.Equal(created[OrderStatus.AwaitingShipment] + 2, afterImport[OrderStatus.AwaitingShipment]);

        // Shipping and cancelling a parcel leave the order's status (and so every count) as it was.
        var parcel = await fixture.App.ParcelAsync(store, "COUNT-1", lines: new Dictionary<string, int> { ["A-1"] = 2 });
        Assert.Equal(afterImport, await AssertShownAsync(api, browser, store));
        (await api.PostAsync($"/api/logistics-orders/{parcel.Id}/cancel", null, Ct)).EnsureSuccessStatusCode();
        Assert.Equal(afterImport, await AssertShownAsync(api, browser, store));

        // A notice for part of the order: awaiting → partially shipped; confirming it complete: → shipped.
        var again = await fixture.App.ParcelAsync(store, "COUNT-1", lines: new Dictionary<string, int> { ["A-1"] = 2 });
        (await api.PostJson("/api/orders/COUNT-1/shipping-notices", new { waybillNumbers = new[] { again.WaybillNumber }, handedOver = true })).EnsureSuccessStatusCode();
        var partly = await AssertShownAsync(api, browser, store);
        Assert.Equal(afterImport[OrderStatus.AwaitingShipment] - 1, partly[OrderStatus.AwaitingShipment]);
        Assert.Equal(afterImport[OrderStatus.PartiallyShipped] + 1, partly[OrderStatus.PartiallyShipped]);
        (await api.PostJson("/api/orders/COUNT-1/complete-shipment", new { })).EnsureSuccessStatusCode();
        var complete = await AssertShownAsync(api, browser, store);
        Assert.Equal(partly[OrderStatus.PartiallyShipped] - 1, complete[OrderStatus.PartiallyShipped]);
        Assert.Equal(partly[OrderStatus.Shipped] + 1, complete[OrderStatus.Shipped]);

        // Served from memory all along: the store's counts are known, and equal the database's.
        Assert.Equal(complete, Of(Assert.IsType<InboxCounts>(Counts.Known(store))));

        // The other store's counts never moved and are its own.
        using var other = await fixture.ApiAs(DemoSeeder.Seller2Email);
        var second = await fixture.App.StoreIdAsync(DemoSeeder.SecondStoreName);
        Assert.Equal((await InDatabaseAsync(second)).Values.Sum(), await TotalAsync(other, null));
    }

    [Fact]
    public async Task Changes_count_only_once_committed_and_a_count_read_meanwhile_is_not_kept()
    {
        var store = await fixture.App.StoreIdAsync();
        Counts.Forget(store);
        var ids = await AwaitingIdsAsync(store, 3);

        // Saved, not yet committed: a reader counts without it and does not keep what it counted.
        await using (var writer = fixture.App.Db())
        {
            await InTransactionAsync(writer, async transaction =>
            {
                await MoveAsync(writer, ids[0], OrderTrigger.NoticeFiledPartly);
                var read = await ReadAsync(store);
                Assert.Equal(await InDatabaseAsync(store), Of(read));
                Assert.Null(Counts.Known(store));
                await transaction.CommitAsync(Ct);
            });
        }

        Assert.Equal(await InDatabaseAsync(store), Of(await ReadAsync(store)));
        var known = Of(Assert.IsType<InboxCounts>(Counts.Known(store)));

        // Rolled back: nothing moves.
        await using (var writer = fixture.App.Db())
        {
            await InTransactionAsync(writer, async transaction =>
            {
                await MoveAsync(writer, ids[1], OrderTrigger.NoticeFiledFully);
                await transaction.RollbackAsync(Ct);
            });
        }

        Assert.Equal(known, Of(Assert.IsType<InboxCounts>(Counts.Known(store))));
        Assert.Equal(await InDatabaseAsync(store), known);

        // A step that saves a move and then fails rolls back: nothing moves either.
        var refused = await fixture.App.WithServices(TestActors.Seller(store), async services =>
            await services.GetRequiredService<UnitOfWork>().Run<int>(
                async token =>
                {
                    await MoveAsync(services.GetRequiredService<FulfilmentDbContext>(), ids[1], OrderTrigger.NoticeFiledFully);
                    return Problem.InvalidState("no");
                },
                Ct));
        Assert.False(refused.IsSuccess);
        Assert.Equal(known, Of(Assert.IsType<InboxCounts>(Counts.Known(store))));

        // A step that loses a race after saving reruns: its move counts once, when the rerun commits.
        var attempts = 0;
        var rerun = await fixture.App.WithServices(TestActors.Seller(store), async services =>
            await services.GetRequiredService<UnitOfWork>().Run<int>(
                async token =>
                {
                    await MoveAsync(services.GetRequiredService<FulfilmentDbContext>(), ids[1], OrderTrigger.NoticeFiledFully);
                    if (++attempts == 1)
                    {
                        throw new DbUpdateConcurrencyException("lost a race (test)");
                    }

                    return attempts;
                },
                Ct));
        Assert.True(rerun.IsSuccess);
        Assert.Equal(2, attempts);
        var moved = Of(Assert.IsType<InboxCounts>(Counts.Known(store)));
        Assert.Equal(known[OrderStatus.AwaitingShipment] - 1, moved[OrderStatus.AwaitingShipment]);
        Assert.Equal(known[OrderStatus.Shipped] + 1, moved[OrderStatus.Shipped]);
        Assert.Equal(await InDatabaseAsync(store), moved);

        // A context disposed in the middle of a transaction (a step that threw): the store is counted again.
        await using (var writer = fixture.App.Db())
        {
            await writer.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await writer.Database.BeginTransactionAsync(Ct);
                await MoveAsync(writer, ids[2], OrderTrigger.NoticeFiledFully);
            });
        }

        Assert.Null(Counts.Known(store));
        Assert.Equal(await InDatabaseAsync(store), Of(await ReadAsync(store)));
    }

    [Fact]
    public async Task Concurrent_writers_and_readers_leave_the_counts_exact()
    {
        var store = await fixture.App.StoreIdAsync();
        var ids = await AwaitingIdsAsync(store, 16);
        using var api = await fixture.SellerApi();
        var writing = true;

        // Readers: the API's total, with the store's counts dropped now and then so that counts are read from
        // PostgreSQL while writers commit.
        var readers = Enumerable.Range(0, 4).Select(r => Task.Run(async () =>
        {
            for (var i = 0; Volatile.Read(ref writing); i++)
            {
                if (i % 3 == r % 3)
                {
                    Counts.Forget(store);
                }

                await TotalAsync(api, null);
            }
        })).ToList();

        // Writers: new orders through the API, and orders moved by notices in their own transactions.
        var creators = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < 6; i++)
            {
                (await api.PostJson("/api/orders", OrderJson.Order($"RACE-COUNT-{w}-{i}"))).EnsureSuccessStatusCode();
            }
        }));
        var movers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            foreach (var id in ids.Where((_, i) => i % 4 == w))
            {
                await using var db = fixture.App.Db();
                await InTransactionAsync(db, async transaction =>
                {
                    await MoveAsync(db, id, id % 2 == 0 ? OrderTrigger.NoticeFiledFully : OrderTrigger.NoticeFiledPartly);
                    await transaction.CommitAsync(Ct);
                });
            }
        }));
        await Task.WhenAll(creators.Concat(movers));
        Volatile.Write(ref writing, false);
        await Task.WhenAll(readers);

        var expected = await InDatabaseAsync(store);
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            Assert.Equal(expected[status], await TotalAsync(api, status));
        }

        Assert.Equal(expected.Values.Sum(), await TotalAsync(api, null));
        Assert.Equal(expected, Of(Assert.IsType<InboxCounts>(Counts.Known(store))));
    }

    /// <summary>The API's total for every status and the page's tab counts, each checked against PostgreSQL's count.</summary>
    private async Task<Dictionary<OrderStatus, int>> AssertShownAsync(HttpClient api, PageSession browser, long store)
    {
        var expected = await InDatabaseAsync(store);
        var page = await browser.GetAsync("/Orders");
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            Assert.Equal(expected[status], await TotalAsync(api, status));
            Assert.Equal(expected[status].ToString("N0", CultureInfo.GetCultureInfo("en")), page.Document.QuerySelector($"[data-testid=count-{status}]")!.TextContent.Trim());
        }

        Assert.Equal(expected.Values.Sum(), await TotalAsync(api, null));
        Assert.Equal(expected.Values.Sum().ToString("N0", CultureInfo.GetCultureInfo("en")), page.Document.QuerySelector("[data-testid=count-All]")!.TextContent.Trim());
        return expected;
    }

    private static async Task<int> TotalAsync(HttpClient api, OrderStatus? status)
    {
        var body = await (await api.GetAsync($"/api/orders?pageSize=1{(status is null ? "" : "&status=" + status)}", Ct)).JsonAsync(HttpStatusCode.OK);
        return body.GetProperty("total").GetInt32();
    }

    private Task<InboxCounts> ReadAsync(long store) =>
        fixture.App.WithServices(TestActors.Seller(store), async services =>
            (await Counts.ForActor(services.GetRequiredService<FulfilmentDbContext>(), Ct))!);

    private async Task<Dictionary<OrderStatus, int>> InDatabaseAsync(long store)
    {
        await using var db = fixture.App.Db();
        var counts = await db.Orders.Where(o => o.StoreId == store).GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(Ct);
        return Enum.GetValues<OrderStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    private static Dictionary<OrderStatus, int> Of(InboxCounts counts) =>
        Enum.GetValues<OrderStatus>().ToDictionary(s => s, s => counts.For(s));

    private async Task<List<long>> AwaitingIdsAsync(long store, int count)
    {
        await using var db = fixture.App.Db();
        return await db.Orders.Where(o => o.StoreId == store && o.Status == OrderStatus.AwaitingShipment)
            .OrderByDescending(o => o.Id).Select(o => o.Id).Take(count).ToListAsync(Ct);
    }

    private static Task InTransactionAsync(FulfilmentDbContext db, Func<Microsoft.EntityFrameworkCore.Storage.IDbContextTransaction, Task> work) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            await work(transaction);
        });

    private static async Task MoveAsync(FulfilmentDbContext db, long orderId, OrderTrigger trigger)
    {
        var order = await db.Orders.SingleAsync(o => o.Id == orderId, Ct);
        Assert.True(order.Apply(trigger, DateTimeOffset.UtcNow, "test").IsSuccess);
        await db.SaveChangesAsync(Ct);
    }
}
