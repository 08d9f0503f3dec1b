namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>
/// The two shapes of the tenancy filter (<c>FulfilmentDbContext.OneStoreModel</c>): a seller's context says only
/// <c>store_id = @p</c> (so PostgreSQL's generic plans can use the store's indexes), every other context keeps the general
/// filter; whichever shape a context started with, it never shows another store's rows.
/// </summary>
public sealed class TenancyFilterTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task A_sellers_queries_name_only_the_store_and_see_only_its_orders()
    {
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = await Stores(ct);
        await using var db = fixture.App.Db(TestActors.Seller(first));
        var sql = db.Orders.Where(o => o.OrderNumber == "x").ToQueryString();
        Assert.Contains("o.store_id = @", sql, StringComparison.Ordinal);
        Assert.DoesNotContain(" OR ", sql, StringComparison.Ordinal);
        Assert.Equal(DemoOrders.DemoStoreCount, await db.Orders.CountAsync(ct));
        Assert.Empty(await db.Orders.Where(o => o.StoreId == second).ToListAsync(ct));
        Assert.Empty(await db.OrderLines.Where(l => l.StoreId == second).ToListAsync(ct));
    }

    [Fact]
    public async Task An_admins_context_sees_every_store()
    {
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = await Stores(ct);
        await using var db = fixture.App.Db(TestActors.Administrator());
        Assert.True(await db.Orders.CountAsync(o => o.StoreId == first, ct) >= DemoOrders.DemoStoreCount);
        Assert.True(await db.Orders.CountAsync(o => o.StoreId == second, ct) >= DemoOrders.SecondStoreCount);
    }

    [Fact]
    public async Task A_context_started_for_a_seller_sees_nothing_once_its_actor_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        var (first, _) = await Stores(ct);
        var actor = new ChangingActor { StoreId = first };
        await using var db = fixture.App.Db(actor);
        Assert.Equal(DemoOrders.DemoStoreCount, await db.Orders.CountAsync(ct));

        // Signed out by the active-user check: no store, nothing.
        actor.StoreId = null;
        Assert.Equal(0, await db.Orders.CountAsync(ct));

        // A seller's context never widens to every store, whoever the actor becomes (no request changes its user so).
        actor.AllStores = true;
        Assert.Equal(0, await db.Orders.CountAsync(ct));
    }

    [Fact]
    public async Task A_context_started_before_sign_in_keeps_the_general_filter_and_still_scopes_the_seller()
    {
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = await Stores(ct);
        var actor = new ChangingActor();
        await using var db = fixture.App.Db(actor);
        Assert.Equal(0, await db.Orders.CountAsync(ct));

        actor.StoreId = first;
        Assert.Equal(DemoOrders.DemoStoreCount, await db.Orders.CountAsync(ct));
        Assert.Equal(0, await db.Orders.CountAsync(o => o.StoreId == second, ct));
    }

    [Fact]
    public async Task Pooled_contexts_serve_each_lease_its_own_actor_and_never_the_other_models_filters()
    {
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = await Stores(ct);
        var pools = fixture.App.Services.GetRequiredService<TenancyContextPools>();

        // Lease, use and return one context per actor, twice over, so later leases reuse contexts earlier ones used.
        for (var round = 0; round < 2; round++)
        {
            await using (var db = pools.Lease(TestActors.Seller(first)))
            {
                Assert.True(db.OneStoreModel);
                Assert.Equal(DemoOrders.DemoStoreCount, await db.Orders.CountAsync(ct));
                Assert.NotEmpty(await db.Orders.AsTracking().Take(3).ToListAsync(ct));
            }

            await using (var db = pools.Lease(TestActors.Seller(second)))
            {
                Assert.Empty(db.ChangeTracker.Entries());
                Assert.Equal(0, await db.Orders.CountAsync(o => o.StoreId == first, ct));
                Assert.True(await db.Orders.CountAsync(ct) >= DemoOrders.SecondStoreCount);
            }

            await using (var db = pools.Lease(TestActors.Administrator()))
            {
                Assert.False(db.OneStoreModel);
                Assert.True(await db.Orders.CountAsync(o => o.StoreId == first, ct) >= DemoOrders.DemoStoreCount);
                Assert.True(await db.Orders.CountAsync(o => o.StoreId == second, ct) >= DemoOrders.SecondStoreCount);
            }

            await using (var db = pools.Lease(new FixedActor(null, "anonymous", null, null, null) with { Role = Roles.Seller }))
            {
                Assert.False(db.OneStoreModel);
                Assert.Equal(0, await db.Orders.CountAsync(ct));
            }
        }
    }

    [Fact]
    public async Task The_inbox_and_order_details_read_in_plain_SQL_scope_the_store_as_the_filters_do()
    {
        var ct = TestContext.Current.CancellationToken;
        var (first, second) = await Stores(ct);
        await using var admin = fixture.App.Db(TestActors.Administrator());
        var ours = await admin.Orders.Where(o => o.StoreId == first).Select(o => o.OrderNumber).FirstAsync(ct);
        var theirs = await admin.Orders.Where(o => o.StoreId == second).Select(o => o.OrderNumber).FirstAsync(ct);
        var everyPage = new PageRequest(1, PageRequest.MaxSize);

        var actor = new ChangingActor { StoreId = first };
        await fixture.App.WithServices(actor, async services =>
        {
            var orders = services.GetRequiredService<OrderService>();
            var list = await orders.List(new InboxQuery(null, null, everyPage), ct);
            Assert.Equal(DemoOrders.DemoStoreCount, list.Items.Count);
            Assert.DoesNotContain(list.Items, o => o.OrderNumber == theirs);
            Assert.Empty((await orders.List(new InboxQuery(null, theirs, everyPage), ct)).Items);
            Assert.Empty((await orders.Inbox(new InboxQuery(null, theirs, everyPage), ct)).Orders.Items);
            Assert.False((await orders.Details(theirs, ct)).IsSuccess);
            Assert.True((await orders.Details(ours, ct)).IsSuccess);

            // Signed out: nothing; and a seller's context never widens to every store.
            actor.StoreId = null;
            Assert.Empty((await orders.List(new InboxQuery(null, ours, everyPage), ct)).Items);
            Assert.False((await orders.Details(ours, ct)).IsSuccess);
            actor.AllStores = true;
            Assert.Empty((await orders.List(new InboxQuery(null, ours, everyPage), ct)).Items);
            Assert.False((await orders.Details(ours, ct)).IsSuccess);
            return 0;
        });

        // A context that started with the general filter sees every store for an all-stores actor, one store for a seller.
        var later = new ChangingActor { AllStores = true };
        await fixture.App.WithServices(later, async services =>
        {
            var orders = services.GetRequiredService<OrderService>();
            Assert.Contains((await orders.List(new InboxQuery(null, theirs, everyPage), ct)).Items, o => o.OrderNumber == theirs);
            later.AllStores = false;
            later.StoreId = first;
            Assert.Empty((await orders.List(new InboxQuery(null, theirs, everyPage), ct)).Items);
            Assert.False((await orders.Details(theirs, ct)).IsSuccess);
            return 0;
        });
    }

    private async Task<(long First, long Second)> Stores(CancellationToken ct)
    {
        await using var db = fixture.App.Db();
        var first = await db.Stores.Where(s => s.Name == DemoSeeder.DemoStoreName).Select(s => s.Id).SingleAsync(ct);
        var second = await db.Stores.Where(s => s.Name == DemoSeeder.SecondStoreName).Select(s => s.Id).SingleAsync(ct);
        return (first, second);
    }

    private sealed class ChangingActor : ICurrentActor
    {
        public Guid? UserId => null;

        public string Name => "changing";

        public string? Role => AllStores ? Roles.Admin : Roles.Seller;

        public long? StoreId { get; set; }

        public int? WarehouseId => null;

        public bool AllStores { get; set; }

        public bool SeesAllStores => AllStores;
    }
}
