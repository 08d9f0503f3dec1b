namespace Fulfilment.IntegrationTests.Orders;

public sealed class OrderInboxTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private async Task<Dictionary<OrderStatus, int>> CountsInDatabase(long storeId)
    {
        await using var db = fixture.App.Db();
        var counts = await db.Orders.Where(o => o.StoreId == storeId).GroupBy(o => o.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(TestContext.Current.CancellationToken);
        return Enum.GetValues<OrderStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0);
    }

    /// <summary>Moves an order along its lifecycle as a filed notice would (the notice itself lands with another issue).</summary>
    private async Task<string> Mark(OrderStatus status, int skip = 0)
    {
        await using var db = fixture.App.Db();
        var storeId = await fixture.App.StoreIdAsync();
        var order = await db.Orders.Where(o => o.StoreId == storeId && o.Status == OrderStatus.AwaitingShipment).OrderBy(o => o.Id).Skip(10 + skip).FirstAsync(TestContext.Current.CancellationToken);
        order.Apply(status == OrderStatus.Shipped ? OrderTrigger.NoticeFiledFully : OrderTrigger.NoticeFiledPartly, DateTimeOffset.UtcNow, "test");
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return order.OrderNumber;
    }

    [Fact]
    public async Task Tabs_count_each_status_and_the_most_urgent_orders_come_first()
    {
        var storeId = await fixture.App.StoreIdAsync();
        var partial = await Mark(OrderStatus.PartiallyShipped);
        await Mark(OrderStatus.Shipped, 1);
        var expected = await CountsInDatabase(storeId);

        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var page = await browser.GetAsync("/Orders");
        Assert.Equal(HttpStatusCode.OK, page.Status);
        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            Assert.Equal(expected[status].ToString("N0"), page.Document.QuerySelector($"[data-testid=count-{status}]")!.TextContent.Trim());
        }

        var rows = page.Document.QuerySelectorAll("[data-testid=order-row]");
        Assert.Equal(Math.Min(20, expected[OrderStatus.AwaitingShipment]), rows.Length);
        var urgencies = rows.Select(r => r.GetAttribute("data-urgency")).ToList();
        Assert.Equal("Overdue", urgencies[0]);
        Assert.Equal(urgencies.OrderBy(u => Enum.Parse<ShipByUrgency>(u!)).ToList(), urgencies);
        Assert.NotNull(rows[0].QuerySelector("[data-testid=overdue]"));
        Assert.Contains(rows, r => r.QuerySelector("[data-testid=due-today]") is not null);
        // The seed: each open order's row offers 发货 (Shipping), which opens its Ship page with the ways to ship.
        Assert.All(rows, r => Assert.Equal($"/Orders/{r.GetAttribute("data-order")}/Ship", r.QuerySelector("[data-testid=action-ship]")!.GetAttribute("href")));
        Assert.All(rows, r => Assert.Null(r.QuerySelector("[data-testid=action-notice]")));

        var partialTab = await browser.GetAsync("/Orders?status=PartiallyShipped");
        var row = Assert.Single(partialTab.Document.QuerySelectorAll("[data-testid=order-row]"), r => r.GetAttribute("data-order") == partial);
        Assert.Equal($"/Orders/{partial}/Ship", row.QuerySelector("[data-testid=action-ship]")!.GetAttribute("href"));
        var ship = await browser.GetAsync($"/Orders/{partial}/Ship");
        Assert.Equal($"/Shipping/{partial}/Channel", ship.Document.QuerySelector("[data-testid=ship-online]")!.GetAttribute("href"));
        Assert.Equal($"/Orders/{partial}/Notice", ship.Document.QuerySelector("[data-testid=ship-notice]")!.GetAttribute("href"));
        var complete = ship.Document.QuerySelector("[data-testid=ship-complete]")!;
        Assert.False(string.IsNullOrEmpty(complete.GetAttribute("data-confirm")));
        var form = complete.Closest("form")!;
        Assert.Equal($"/Orders/{partial}/Notice?handler=Complete", form.GetAttribute("action"));
        Assert.Equal("post", form.GetAttribute("method"));
        Assert.NotNull(form.QuerySelector("input[name=__RequestVerificationToken]"));

        var shippedTab = await browser.GetAsync("/Orders?status=Shipped");
        Assert.All(shippedTab.Document.QuerySelectorAll("[data-testid=order-row]"), r => Assert.Null(r.QuerySelector("[data-testid=action-ship]")));
    }

    [Fact]
    public async Task The_api_lists_a_status_by_ship_by_date_and_pages_through_every_order_once()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        var storeId = await fixture.App.StoreIdAsync();
        var expected = (await CountsInDatabase(storeId))[OrderStatus.AwaitingShipment];
        var seen = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var body = await (await api.GetAsync($"/api/orders?status=AwaitingShipment&page={page}&pageSize=7", ct)).JsonAsync(HttpStatusCode.OK);
            Assert.Equal(expected, body.GetProperty("total").GetInt32());
            Assert.Equal(7, body.GetProperty("pageSize").GetInt32());
            var items = body.GetProperty("items").EnumerateArray().ToList();
            if (items.Count == 0)
            {
                break;
            }

            seen.AddRange(items);
        }

        Assert.Equal(expected, seen.Count);
        Assert.Equal(expected, seen.Select(o => o.GetProperty("orderNumber").GetString()).Distinct().Count());
        var shipBy = seen.Select(o => o.GetProperty("shipBy").GetDateTimeOffset()).ToList();
        Assert.Equal(shipBy.Order().ToList(), shipBy);
        Assert.All(seen, o =>
        {
            Assert.Equal("AwaitingShipment", o.GetProperty("status").GetString());
            Assert.Equal(2, o.GetProperty("destinationCountry").GetString()!.Length);
            Assert.False(string.IsNullOrEmpty(o.GetProperty("buyerChannelCode").GetString()));
            Assert.True(o.GetProperty("lines").GetArrayLength() > 0);
        });

        var all = await (await api.GetAsync("/api/orders?pageSize=200", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal((await CountsInDatabase(storeId)).Values.Sum(), all.GetProperty("total").GetInt32());
        await Problems.AssertAsync(await api.GetAsync("/api/orders?status=Lost", ct), HttpStatusCode.BadRequest, "validation_failed");
    }

    [Theory]
    [InlineData("emily", "Emily Johnson")]
    [InlineData("JOHNSON", "Emily Johnson")]
    [InlineData("山田", "山田 太郎")]
    [InlineData("Em", "Emily Johnson")]
    public async Task Search_finds_buyers_by_part_of_their_name(string q, string buyer)
    {
        using var api = await fixture.SellerApi();
        var body = await (await api.GetAsync($"/api/orders?q={Uri.EscapeDataString(q)}&pageSize=200", TestContext.Current.CancellationToken)).JsonAsync(HttpStatusCode.OK);
        var items = body.GetProperty("items").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, o => Assert.Equal(buyer, o.GetProperty("buyerName").GetString()));
    }

    [Fact]
    public async Task Search_finds_an_order_by_part_of_its_number_and_treats_wildcards_as_text()
    {
        var ct = TestContext.Current.CancellationToken;
        using var api = await fixture.SellerApi();
        await using var db = fixture.App.Db();
        var storeId = await fixture.App.StoreIdAsync();
        var number = await db.Orders.Where(o => o.StoreId == storeId).OrderBy(o => o.Id).Select(o => o.OrderNumber).FirstAsync(ct);

        var byPart = await (await api.GetAsync($"/api/orders?q={number[2..9]}", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Contains(byPart.GetProperty("items").EnumerateArray(), o => o.GetProperty("orderNumber").GetString() == number);
        var wildcard = await (await api.GetAsync("/api/orders?q=%25%25%25", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, wildcard.GetProperty("total").GetInt32());
        var underscore = await (await api.GetAsync("/api/orders?q=___", ct)).JsonAsync(HttpStatusCode.OK);
        Assert.Equal(0, underscore.GetProperty("total").GetInt32());

        using var browser = await fixture.BrowserAs(DemoSeeder.SellerEmail);
        var page = await browser.GetAsync($"/Orders?q={number}");
        Assert.Equal(number, Assert.Single(page.Document.QuerySelectorAll("[data-testid=order-row]")).GetAttribute("data-order"));
        Assert.NotNull(page.Document.QuerySelector("[data-testid=clear-search]"));
        var none = await browser.GetAsync("/Orders?q=nobody-like-this");
        Assert.NotNull(none.Document.QuerySelector("[data-testid=orders-empty]"));
        Assert.All(Enum.GetValues<OrderStatus>(), s => Assert.Equal("0", none.Document.QuerySelector($"[data-testid=count-{s}]")!.TextContent.Trim()));
    }

    [Fact]
    public async Task A_page_of_the_inbox_is_two_queries_and_an_order_is_four_whatever_their_size()
    {
        var storeId = await fixture.App.StoreIdAsync();
        using var counter = new CommandCounter();
        var options = new DbContextOptionsBuilder<FulfilmentDbContext>();
        FulfilmentServices.Configure(options, fixture.App.ConnectionString);
        var seller = TestActors.Seller(storeId);
        await using var db = FulfilmentDbContext.ActingAs(options.Options, seller);
        var clock = new LocalClock(db, seller, new SystemClock(), new TimeZoneCache(new ChangeSignals()));
        var catalog = new ReferenceDataCatalog(new ChangeSignals());
        using var reads = new SqlReads(FulfilmentServices.Tuned(fixture.App.ConnectionString));
        var service = new OrderService(db, clock, new OrderCounts(TimeProvider.System), catalog, reads);

        // Channel names come from the in-memory catalog, loaded once per process.
        await catalog.All(db, TestContext.Current.CancellationToken);

        // The store's time zone is read once per request (a page resolves it before the handler runs).
        await clock.Zone(TestContext.Current.CancellationToken);
        counter.Count = 0;

        var inbox = await service.Inbox(new InboxQuery(OrderStatus.AwaitingShipment, null, new PageRequest(1, 50)), TestContext.Current.CancellationToken);
        Assert.True(inbox.Orders.Items.Count > 20);
        Assert.Contains(inbox.Orders.Items, o => o.Lines.Count > 1);
        Assert.Equal(2, counter.Count);

        await fixture.App.FundAsync(storeId, 500m);
        var parcel = await fixture.App.ParcelAsync(storeId);
        counter.Count = 0;
        var details = await service.Details(parcel.OrderNumber, TestContext.Current.CancellationToken);
        Assert.True(details.IsSuccess);
        Assert.Single(details.Value.LogisticsOrders);
        Assert.Equal(4, counter.Count);
    }

    /// <summary>
    /// Counts the statements this test's code sends, EF's and plain SQL alike (Npgsql's command activities, under
    /// the counter's own activity, so other tests' and the app's statements are not counted).
    /// </summary>
    private sealed class CommandCounter : IDisposable
    {
        private readonly ActivityListener _listener;
        private readonly Activity _scope;
        private int _count;

        public CommandCounter()
        {
            _listener = new ActivityListener
            {
                ShouldListenTo = s => s.Name is "Npgsql",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
                ActivityStopped = a =>
                {
                    if (a.Kind == ActivityKind.Client && a.TraceId == _scope?.TraceId
                        && a.TagObjects.Any(t => t.Key is "db.statement" or "db.query.text"))
                    {
                        Interlocked.Increment(ref _count);
                    }
                },
            };
            ActivitySource.AddActivityListener(_listener);
            _scope = new Activity("count").Start();
        }

        public int Count
        {
            get => _count;
            set => _count = value;
        }

        public void Dispose()
        {
            _scope.Dispose();
            _listener.Dispose();
        }
    }
}
