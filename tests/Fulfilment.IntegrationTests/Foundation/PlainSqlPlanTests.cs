using Npgsql;

namespace Fulfilment.IntegrationTests.Foundation;

/// <summary>
/// The plain SQL reads run on two small pools of their own (bench/README, "Plans made once" and "Reads on few
/// connections"): the hottest reads (a store's inbox page without search or filter, an order's details and timeline) where
/// PostgreSQL plans a prepared statement once; searches and filters, whose best plan depends on the values given, where
/// PostgreSQL keeps its own choice.
/// </summary>
public sealed class PlainSqlPlanTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private static async Task<string> Show(PlainSql sql, string setting, CancellationToken ct) =>
        await sql.Read($"SHOW {setting}", async (reader, token) => await reader.ReadAsync(token) ? reader.GetString(0) : "", ct);

    [Fact]
    public async Task The_app_reads_inbox_pages_with_one_plan_and_searches_with_a_plan_per_value()
    {
        var ct = TestContext.Current.CancellationToken;
        var reads = fixture.App.Services.GetRequiredService<SqlReads>();
        await using var db = fixture.App.Db(TestActors.Seller(await fixture.App.StoreIdAsync()));

        Assert.Equal("force_generic_plan", await Show(reads.For(db, samePlanForAnyValues: true), "plan_cache_mode", ct));
        Assert.Equal("auto", await Show(reads.For(db), "plan_cache_mode", ct));
    }

    [Fact]
    public async Task Reads_use_pools_apart_from_the_context_of_two_connections_per_processor()
    {
        var ct = TestContext.Current.CancellationToken;
        var reads = fixture.App.Services.GetRequiredService<SqlReads>();
        await using var db = fixture.App.Db(TestActors.Seller(await fixture.App.StoreIdAsync()));

        var context = new NpgsqlConnectionStringBuilder(db.Database.GetConnectionString());
        var names = new[] { await Show(reads.For(db), "application_name", ct), await Show(reads.For(db, samePlanForAnyValues: true), "application_name", ct) };
        Assert.DoesNotContain(context.ApplicationName ?? "", names);
        Assert.Equal(2, names.Distinct().Count());
        Assert.All(new[] { reads.ConnectionString, reads.GenericPlanConnectionString }, pool =>
            Assert.Equal(Math.Max(4, 2 * Environment.ProcessorCount), new NpgsqlConnectionStringBuilder(pool).MaxPoolSize));
    }

    [Fact]
    public async Task Options_already_in_the_connection_string_are_kept_on_both_pools()
    {
        var ct = TestContext.Current.CancellationToken;
        var configured = new NpgsqlConnectionStringBuilder(FulfilmentServices.Tuned(fixture.App.ConnectionString)) { Options = "-c statement_timeout=4321" };
        using var reads = new SqlReads(configured.ConnectionString, new SqlReadsOptions { MaxConnections = 3 });
        await using var db = fixture.App.Db(TestActors.Seller(await fixture.App.StoreIdAsync()));

        Assert.Equal("force_generic_plan", await Show(reads.For(db, samePlanForAnyValues: true), "plan_cache_mode", ct));
        foreach (var sql in new[] { reads.For(db), reads.For(db, samePlanForAnyValues: true) })
        {
            Assert.Equal("4321ms", await Show(sql, "statement_timeout", ct));
        }

        Assert.Equal(3, new NpgsqlConnectionStringBuilder(reads.ConnectionString).MaxPoolSize);
    }

    [Fact]
    public async Task The_inbox_reads_the_same_orders_run_after_run()
    {
        var ct = TestContext.Current.CancellationToken;
        var storeId = await fixture.App.StoreIdAsync();
        var page = new InboxQuery(OrderStatus.AwaitingShipment, null, new PageRequest(1, 50));
        var first = await fixture.App.WithServices(TestActors.Seller(storeId), services => services.GetRequiredService<OrderService>().List(page, ct));

        // Ten runs: PostgreSQL decides between its own plans only after five runs of a prepared statement.
        for (var run = 0; run < 10; run++)
        {
            var again = await fixture.App.WithServices(TestActors.Seller(storeId), services => services.GetRequiredService<OrderService>().List(page, ct));
            Assert.Equal(first.Items.Select(o => o.OrderNumber), again.Items.Select(o => o.OrderNumber));
        }

        await using var db = fixture.App.Db(TestActors.Seller(storeId));
        var inIndexOrder = await db.Orders.Where(o => o.Status == OrderStatus.AwaitingShipment).OrderBy(o => o.ShipBy).ThenBy(o => o.Id).Take(50).Select(o => o.OrderNumber).ToListAsync(ct);
        Assert.Equal(inIndexOrder, first.Items.Select(o => o.OrderNumber));
    }
}

/// <summary>The read pools' size comes from the app's configuration (<c>Fulfilment:Reads:MaxConnections</c>).</summary>
public sealed class SqlReadsSettingsTests(PostgresServer server)
{
    [Fact]
    public async Task Many_requests_at_once_wait_for_the_configured_connections_and_all_answer()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync(), settings: new Dictionary<string, string?>
        {
            ["Fulfilment:Reads:MaxConnections"] = "1",
        });
        var ct = TestContext.Current.CancellationToken;
        var reads = app.Services.GetRequiredService<SqlReads>();
        Assert.Equal(1, new NpgsqlConnectionStringBuilder(reads.GenericPlanConnectionString).MaxPoolSize);

        using var client = await app.ApiAs(DemoSeeder.SellerEmail);

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => client.GetStringAsync("/api/orders?pageSize=50", ct)));
        Assert.Single(answers.Distinct());
        Assert.True(JsonDocument.Parse(answers[0]).RootElement.GetProperty("items").GetArrayLength() > 0);
    }
}

/// <summary>
/// Reads of a store with a long history, in plans PostgreSQL makes from real statistics: the inbox asks whether each
/// listed order still has a parcel awaiting its notice for the orders of the page, by index, not by reading every parcel
/// of the store; a status tab of the parcels page reads its page through the store/status index, not by walking every
/// parcel newest first (bench/README, "The inbox with many parcels"); a search by order number finds the orders through
/// their trigram index, and a whole waybill number its parcel through the unique index, not by matching every parcel;
/// the parcels page's tabs are counted from indexes, not from the parcels' rows; the home page finds parcels held for
/// balance among the store's timeline events through an index of holds alone.
/// </summary>
public sealed class LongHistoryPlanTests(PostgresServer server)
{
    [Fact]
    public async Task With_thousands_of_parcels_the_inbox_looks_up_only_the_parcels_of_the_orders_on_its_page()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await LongHistory(app, ct);

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            var page = await app.WithServices(TestActors.Seller(store), services =>
                services.GetRequiredService<OrderService>().List(new InboxQuery(null, null, new PageRequest(1, 50)), ct));
            Assert.Equal(50, page.Items.Count);
        });
        var plan = await GenericPlan(app, Assert.Single(statements, s => s.Contains("FROM orders o", StringComparison.Ordinal)), $"{store}, 0", ct);

        Assert.Contains("logistics_orders", plan);
        Assert.DoesNotContain("Seq Scan on logistics_orders", plan);
        Assert.DoesNotContain("hashed", plan);
    }

    [Fact]
    public async Task Before_autovacuum_counts_a_burst_of_parcels_the_inbox_still_looks_them_up_by_order()
    {
        // Seen after a short ship bench: 30,000 parcels made in 20 s, statistics from when there were none, and an inbox
        // page of 0.25 s that read every parcel of the store for each of its 20 orders (0.006 s once analysed).
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await LongHistory(app, ct, parcelsCountedBefore: true);

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            var page = await app.WithServices(TestActors.Seller(store), services =>
                services.GetRequiredService<OrderService>().Inbox(new InboxQuery(OrderStatus.Shipped, null, new PageRequest(1, 20)), ct));
            Assert.Equal(20, page.Orders.Items.Count);
        });
        var plan = await GenericPlan(app, Assert.Single(statements, s => s.Contains("FROM orders o", StringComparison.Ordinal)), $"{store}, 'Shipped', 0", ct);

        // Not the store's parcels, each checked for the order (through the store/status index here; the bench's plan
        // combined the store's index with the notice's).
        Assert.True(plan.Contains("Index Cond: ((order_id = o.id) AND (store_id = $1))", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task A_store_with_nearly_every_order_reads_its_inbox_tab_through_the_index_under_the_one_plan()
    {
        // The one plan PostgreSQL makes for the inbox's statement is made without its values. Where one store holds
        // nearly every order of a tab, a plan for "some share of the store's orders" read them all and hashed all their
        // lines: 1.2 s a page at 1.75 million orders (bench/README), against 0.4 ms through the index.
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await app.StoreIdAsync();
        await using (var db = app.Db())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(2));
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO orders (store_id, order_number, buyer_name, buyer_channel_code, placed_at, ship_by, status, recipient_name, recipient_phone,
                                    recipient_country_code, recipient_province, recipient_city, recipient_postal_code, recipient_line1, created_at, updated_at)
                SELECT store_id, 'HIST-' || i, buyer_name, buyer_channel_code, placed_at, ship_by + i * interval '1 second', 'Shipped', recipient_name, recipient_phone,
                       recipient_country_code, recipient_province, recipient_city, recipient_postal_code, recipient_line1, created_at, updated_at
                FROM (SELECT * FROM orders WHERE store_id = {0} LIMIT 1) o, generate_series(1, 100000) i;
                INSERT INTO order_lines (order_id, store_id, sku, title, quantity, shipped_quantity, unit_price, weight_grams)
                SELECT id, store_id, 'HIST-SKU', 'Phone case', 1, 1, 6.90, 45 FROM orders WHERE order_number LIKE 'HIST-%';
                ANALYZE orders;
                ANALYZE order_lines;
                """,
                [store],
                ct);
        }

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            var page = await app.WithServices(TestActors.Seller(store), services =>
                services.GetRequiredService<OrderService>().Inbox(new InboxQuery(OrderStatus.Shipped, null, new PageRequest(1, 20)), ct));
            Assert.Equal(20, page.Orders.Items.Count);
        });
        var plan = await GenericPlan(app, Assert.Single(statements, s => s.Contains("FROM orders o", StringComparison.Ordinal)), $"{store}, 'Shipped', 0", ct);

        Assert.True(plan.Contains("using ix_orders_store_id_status_ship_by_id on orders", StringComparison.Ordinal) && !plan.Contains("Seq Scan", StringComparison.Ordinal), plan);
    }

    [Fact]
    public async Task With_the_newest_parcels_received_and_printed_the_older_tabs_read_their_page_through_their_index()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await LongHistory(app, ct);
        // The newest half were printed and received since: the tabs of parcels awaiting handover and awaiting their first
        // print hold the older half.
        await using (var db = app.Db())
        {
            await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE logistics_orders SET status = 'ReceivedAtWarehouse', label_print_count = 1, label_last_printed_at = now()
                 WHERE id > (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY id) FROM logistics_orders);
                ANALYZE logistics_orders;
                """,
                ct);
        }

        foreach (var (filter, arguments, index) in new[]
        {
            (new LogisticsOrderFilter(Status: nameof(LogisticsOrderStatus.AwaitingHandover), PageSize: 50), $"'AwaitingHandover', {store}, 0", "ix_logistics_orders_store_id_status_id"),
            (new LogisticsOrderFilter(Unprinted: true, PageSize: 50), $"{store}, 0", "ix_logistics_orders_unprinted"),
        })
        {
            var statements = await TracedStatements.During(app.ConnectionString, async () =>
            {
                var page = (await app.WithServices(TestActors.Seller(store), services => services.GetRequiredService<LogisticsOrderQuery>().List(filter, ct))).Value;
                Assert.Equal(50, page.Items.Count);
                Assert.All(page.Items, p => Assert.Equal((LogisticsOrderStatus.AwaitingHandover, 0), (p.Status, p.LabelPrintCount)));
            });
            var plan = await GenericPlan(app, Assert.Single(statements, s => s.StartsWith("SELECT l.id FROM logistics_orders", StringComparison.Ordinal)), arguments, ct);

            Assert.Contains(index, plan);
            Assert.DoesNotContain("pk_logistics_orders", plan);
            Assert.DoesNotContain("Sort", plan);
        }
    }

    [Fact]
    public async Task The_parcels_pages_tab_counts_read_indexes_not_the_parcels()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await LongHistory(app, ct);
        await using (var db = app.Db())
        {
            // Labels are printed soon after shipping: only the newest fifty await their first print. And as autovacuum
            // leaves a store's settled history: its pages all-visible, so an index can answer alone.
            await db.Database.ExecuteSqlRawAsync(
                """
                UPDATE logistics_orders SET label_print_count = 1, label_last_printed_at = now()
                 WHERE id < (SELECT min(id) FROM (SELECT id FROM logistics_orders ORDER BY id DESC LIMIT 50) newest)
                """,
                ct);
            // A vacuum cannot mark a page all-visible while an older snapshot may still need its old rows (autovacuum's
            // own analysis of the fill, say): vacuum until it has.
            for (var vacuum = 0; vacuum < 50 && await AllVisibleShare(db, ct) < 0.99; vacuum++)
            {
                await db.Database.ExecuteSqlRawAsync("VACUUM (ANALYZE) logistics_orders", ct);
                await Task.Delay(100, ct);
            }

            Assert.True(await AllVisibleShare(db, ct) >= 0.99);
        }

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            var overview = (await app.WithServices(TestActors.Seller(store), services =>
                services.GetRequiredService<LogisticsOrderQuery>().Overview(new LogisticsOrderFilter(PageSize: 50), ct))).Value;
            Assert.True(overview.Counts.All > 10_000);
        });
        var counting = statements.Where(s => s.Contains("GROUP BY l.status", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, counting.Count);
        foreach (var statement in counting)
        {
            var plan = await Plan(app, Written(statement, store), ct);

            Assert.DoesNotContain("Seq Scan on logistics_orders", plan);
            Assert.Contains(statement.Contains("label_print_count", StringComparison.Ordinal)
                ? "using ix_logistics_orders_unprinted" : "Index Only Scan using ix_logistics_orders_store_id_status_id", plan);
        }
    }

    [Fact]
    public async Task The_sellers_home_page_finds_parcels_held_for_balance_without_reading_the_stores_history()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await LongHistory(app, ct);
        await using (var db = app.Db())
        {
            // Two events a ship, for the store's 10,000 parcels.
            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO timeline_events (store_id, order_id, logistics_order_id, at, kind, actor, data)
                SELECT l.store_id, l.order_id, l.id, now(), k.kind, 'seller@demo.test', '{{}}'
                FROM logistics_orders l, (VALUES ('LogisticsOrderCreated'), ('FreightCharged')) k(kind);
                ANALYZE timeline_events;
                """,
                ct);
        }

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            var home = await app.WithServices(TestActors.Seller(store), services => services.GetRequiredService<Fulfilment.Dashboard.DashboardService>().ForSeller(ct));
            Assert.Equal(0, home.ParcelsHeldForBalance);
        });
        var plan = await Plan(app, Written(Assert.Single(statements, s => s.Contains("HeldForBalance", StringComparison.Ordinal)), store), ct);

        Assert.Contains("ix_timeline_events_held_for_balance", plan);
        Assert.DoesNotContain("Seq Scan on timeline_events", plan);
    }

    [Fact]
    public async Task A_store_with_more_than_ten_thousand_parcels_to_follow_up_sees_10000_plus_on_its_home_page()
    {
        // The store's 10,001 parcels all await their first print and their notice. Counted in full, a store that never
        // files notices paid for every parcel it ever made on each visit (98 ms at 460,000, bench/README).
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        await LongHistory(app, ct);
        var awaiting = await app.WithServices(TestActors.Seller(await app.StoreIdAsync()), services =>
            services.GetRequiredService<FulfilmentDbContext>().Orders.CountAsync(o => o.Status == OrderStatus.AwaitingShipment, ct));
        using var seller = await PageSession.SignInAsync(app, DemoSeeder.SellerEmail, DemoSeeder.Password, "en");

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            var home = await seller.GetAsync("/");
            Assert.Equal("10,000+", home.Document.QuerySelector("[data-testid=stat-unprinted]")!.TextContent.Trim());
            Assert.Contains("10,000+ parcels without a shipping notice", home.Document.Body!.TextContent, StringComparison.Ordinal);
            Assert.Equal(awaiting.ToString("N0", CultureInfo.InvariantCulture), home.Document.QuerySelector("[data-testid=stat-awaiting]")!.TextContent.Trim());
        });

        var parcelCounts = statements.Where(s => s.Contains("count(*)", StringComparison.Ordinal) && s.Contains("FROM logistics_orders", StringComparison.Ordinal)
            && (s.Contains("label_print_count = 0", StringComparison.Ordinal) || s.Contains("shipping_notice_id IS NULL", StringComparison.Ordinal))).ToList();
        Assert.Equal(2, parcelCounts.Count);
        Assert.All(parcelCounts, s => Assert.Contains("LIMIT @", s, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Under_a_filter_the_inbox_tabs_past_ten_thousand_show_10000_plus_and_the_others_their_count()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        await LongHistory(app, ct);
        var partial = await app.WithServices(TestActors.Seller(await app.StoreIdAsync()), services =>
            services.GetRequiredService<FulfilmentDbContext>().Orders.CountAsync(o => o.Status == OrderStatus.PartiallyShipped, ct));
        using var seller = await PageSession.SignInAsync(app, DemoSeeder.SellerEmail, DemoSeeder.Password, "en");

        // Placed since 2000: every order, counted up to the cap per tab (20,001 shipped).
        var inbox = await seller.GetAsync("/Orders?status=Shipped&placedFrom=2000-01-01");

        string Count(string tab) => inbox.Document.QuerySelector($"[data-testid=count-{tab}]")!.TextContent.Trim();
        Assert.Equal("10,000+", Count(nameof(OrderStatus.Shipped)));
        Assert.Equal("10,000+", Count("All"));
        Assert.Equal(partial.ToString("N0", CultureInfo.InvariantCulture), Count(nameof(OrderStatus.PartiallyShipped)));
    }

    [Fact]
    public async Task Searching_the_parcels_by_order_number_matches_the_orders_through_their_trigram_index()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await LongHistory(app, ct);

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            var page = (await app.WithServices(TestActors.Seller(store), services =>
                services.GetRequiredService<LogisticsOrderQuery>().List(new LogisticsOrderFilter(OrderNumber: " ist-1234 ", PageSize: 50), ct))).Value;
            // HIST-1234 and HIST-12340 … 12349: the even ones have a parcel.
            Assert.Equal(page.Total, page.Items.Count);
            Assert.InRange(page.Total, 5, 6);
            Assert.All(page.Items, p => Assert.StartsWith("HIST-1234", p.OrderNumber, StringComparison.Ordinal));
        });
        foreach (var plan in await PlansOfParcelReads(app, statements, store, _ => "'%ist-1234%'", ct))
        {
            Assert.Contains("ix_orders_order_number_trgm", plan);
            Assert.DoesNotContain("Seq Scan on logistics_orders", plan);
        }
    }

    [Fact]
    public async Task A_whole_waybill_number_is_found_through_its_unique_index()
    {
        await using var app = new FulfilmentApp(await server.CreateDatabaseAsync());
        var ct = TestContext.Current.CancellationToken;
        var store = await LongHistory(app, ct);
        await using var db = app.Db();
        var waybill = await db.LogisticsOrders.IgnoreQueryFilters().OrderBy(l => l.Id).Skip(5000).Select(l => l.WaybillNumber).FirstAsync(ct);

        var statements = await TracedStatements.During(app.ConnectionString, async () =>
        {
            // As a person might type it: lower case, in groups.
            var typed = string.Join(' ', waybill.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
            var page = (await app.WithServices(TestActors.Seller(store), services =>
                services.GetRequiredService<LogisticsOrderQuery>().List(new LogisticsOrderFilter(WaybillNumber: typed, PageSize: 50), ct))).Value;
            Assert.Equal(waybill, Assert.Single(page.Items).WaybillNumber);
            Assert.Equal(1, page.Total);
        });
        foreach (var plan in await PlansOfParcelReads(app, statements, store, name => name == "@waybill" ? $"'{waybill}'" : $"'%{waybill}%'", ct))
        {
            Assert.Contains("ix_logistics_orders_waybill_number", plan);
            Assert.Contains("Index Cond: (waybill_number = ", plan);
        }
    }

    private static async Task<double> AllVisibleShare(FulfilmentDbContext db, CancellationToken ct) =>
        await db.Database.SqlQueryRaw<double>(
            "SELECT CASE WHEN relpages = 0 THEN 0 ELSE relallvisible::float8 / relpages END AS \"Value\" FROM pg_class WHERE relname = 'logistics_orders'")
            .SingleAsync(ct);

    /// <summary>
    /// The plans of the statements that read parcels (the list's count, its page, the page's lines), their values written
    /// in (<see cref="Written"/>).
    /// </summary>
    private static async Task<List<string>> PlansOfParcelReads(FulfilmentApp app, IReadOnlyList<string> statements, long store, Func<string, string> searched, CancellationToken ct)
    {
        var plans = new List<string>();
        foreach (var statement in statements.Where(s => s.Contains("FROM logistics_orders", StringComparison.Ordinal)))
        {
            plans.Add(await Plan(app, Written(statement, store, searched), ct));
        }

        Assert.True(plans.Count >= 2, "the count and the page");
        return plans;
    }

    /// <summary>
    /// 20,000 shipped orders of the past in the demo store, 10,000 of them with a parcel (copies of one shipped now). With
    /// <paramref name="parcelsCountedBefore"/>, PostgreSQL's statistics of the parcels are those of before the 10,000
    /// (one parcel), as for the minute after a burst of ships until autovacuum analyses the table again (off here).
    /// </summary>
    private static async Task<long> LongHistory(FulfilmentApp app, CancellationToken ct, bool parcelsCountedBefore = false)
    {
        var store = await app.StoreIdAsync();
        await app.FundAsync(store, 1_000m);
        using var api = await app.ApiAs(DemoSeeder.SellerEmail);
        var shipped = await app.FreshOrderAsync();
        Assert.Equal(HttpStatusCode.Created, (await api.ShipAsync(shipped.OrderNumber, Shipments.Body(shipped.BuyerChannelCode))).StatusCode);

        await using var db = app.Db();
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(2));
        if (parcelsCountedBefore)
        {
            await db.Database.ExecuteSqlRawAsync("ALTER TABLE logistics_orders SET (autovacuum_enabled = off); ANALYZE logistics_orders;", ct);
        }

        await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO orders (store_id, order_number, buyer_name, buyer_channel_code, placed_at, ship_by, status, recipient_name, recipient_phone,
                                recipient_country_code, recipient_province, recipient_city, recipient_postal_code, recipient_line1, created_at, updated_at)
            SELECT store_id, 'HIST-' || i, buyer_name, buyer_channel_code, placed_at, ship_by, 'Shipped', recipient_name, recipient_phone,
                   recipient_country_code, recipient_province, recipient_city, recipient_postal_code, recipient_line1, created_at, updated_at
            FROM orders, generate_series(1, 20000) i WHERE order_number = {0};
            DO $$
            DECLARE columns text;
            BEGIN
                SELECT string_agg(quote_ident(column_name), ', ') INTO columns FROM information_schema.columns
                 WHERE table_schema = current_schema() AND table_name = 'logistics_orders'
                   AND column_name NOT IN ('id', 'order_id', 'order_number', 'waybill_number');
                EXECUTE format(
                    'INSERT INTO logistics_orders (id, order_id, order_number, waybill_number, %s) '
                    'SELECT nextval(''logistics_orders_id_seq''), o.id, o.order_number, ''LP'' || lpad((900000000 + o.id)::text, 9, ''0'') || ''CN'', %s '
                    'FROM logistics_orders t JOIN orders o ON o.store_id = t.store_id AND o.order_number LIKE ''HIST-%%'' AND o.id %% 2 = 0 '
                    'ORDER BY o.id',
                    columns, (SELECT string_agg('t.' || c, ', ') FROM unnest(string_to_array(columns, ', ')) c));
            END $$;
            ANALYZE orders;
            """,
            [shipped.OrderNumber],
            ct);
        if (!parcelsCountedBefore)
        {
            await db.Database.ExecuteSqlRawAsync("ANALYZE logistics_orders", ct);
        }

        return store;
    }

    /// <summary>
    /// An EF statement with its named parameters written in: the tenancy filter's store, a page's offset (<c>@p</c>) and
    /// size (<c>@p1</c>, <c>@p2</c> …: 50), and any other, a searched value, as <paramref name="searched"/> writes it for the
    /// parameter's name (a whole value, or a pattern); without it, a statement may have no other parameter.
    /// </summary>
    private static string Written(string statement, long store, Func<string, string>? searched = null) =>
        Regex.Replace(statement, @"@\w+", m => m.Value switch
        {
            "@ef_filter__ActorStoreId" => $"{store}",
            "@p" => "0",
            _ when Regex.IsMatch(m.Value, @"^@p\d+$") => "50",
            var name => searched?.Invoke(name) ?? throw new InvalidOperationException($"No value for {name} in: {statement}"),
        });

    /// <summary>The plan PostgreSQL makes for <paramref name="statement"/> as it comes (its values written in).</summary>
    private static Task<string> Plan(FulfilmentApp app, string statement, CancellationToken ct) =>
        Explain(app, [$"EXPLAIN {statement}"], ct);

    /// <summary>The plan PostgreSQL makes once for <paramref name="statement"/> on the app's read pool (a generic plan), run with <paramref name="arguments"/>.</summary>
    private static Task<string> GenericPlan(FulfilmentApp app, string statement, string arguments, CancellationToken ct) =>
        Explain(app, ["SET plan_cache_mode = force_generic_plan", $"PREPARE read AS {statement}", $"EXPLAIN EXECUTE read({arguments})"], ct);

    private static async Task<string> Explain(FulfilmentApp app, string[] texts, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(app.ConnectionString);
        await connection.OpenAsync(ct);
        var plan = new StringBuilder();
        foreach (var text in texts)
        {
            await using var command = new NpgsqlCommand(text, connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                plan.AppendLine(reader.GetString(0));
            }
        }

        return plan.ToString();
    }
}
