namespace Fulfilment.Orders;

/// <summary>
/// The orders inbox and an order's details. Every list is one statement for the page of orders with their lines (no
/// query per row) and, only with a search or filter, one for the counts; both are served by the store/status/ship-by
/// index and, for a search, the trigram indexes (measured in <c>bench/inbox</c>). The inbox and the order's own row are
/// read in plain SQL (<see cref="PlainSql"/>, scoped to the store as the context's filters are; a request that reads only
/// them never builds the context's EF services): through EF they cost
/// 1–4 ms of CPU per request, several times PostgreSQL's own work (measured in <c>bench/ship</c>, <c>reads</c>).
/// </summary>
public sealed class OrderService(FulfilmentDbContext db, LocalClock clock, OrderCounts orderCounts, ReferenceDataCatalog catalog, SqlReads reads)
{
    /// <summary>Below this many characters a search matches a whole order number or the start of a buyer's name.</summary>
    public const int MinContainsSearch = 3;

    /// <summary>
    /// With a date or country filter, the inbox tabs count up to this many orders each ("10,000+" beyond): a big store's
    /// shipped history would otherwise be counted in full on every page view (measured in <c>bench/inbox</c>). Without a
    /// filter the counts are the store's exact ones, kept by <see cref="OrderCounts"/>.
    /// </summary>
    public const int TabCountCap = 10_000;

    private const int TimelineLimit = 500;

    /// <summary>
    /// The inbox page: a count for every tab (the store's exact counts from <see cref="OrderCounts"/>; with a search, exact
    /// counts of its matches; with a date or country filter, counts up to the cap), and one page of the chosen tab.
    /// </summary>
    public async Task<OrderInbox> Inbox(InboxQuery query, CancellationToken ct)
    {
        var zone = await clock.Zone(ct);
        var counts = await StoreCounts(query, ct) ?? await TabCounts(query, zone, ct);
        var items = await Summaries(query, zone, ct);
        var total = Math.Min(counts.For(query.Status), counts.Cap);
        return new OrderInbox(query, counts, new Paged<OrderSummary>(items, total, query.Page.SafePage, query.Page.SafeSize));
    }

    /// <summary>
    /// <c>GET /api/orders</c>: one page and the exact total of the orders matching the status and search (without a search
    /// or filter, the store's count per status from <see cref="OrderCounts"/>).
    /// </summary>
    public async Task<Paged<OrderSummary>> List(InboxQuery query, CancellationToken ct)
    {
        var zone = await clock.Zone(ct);
        var total = await StoreCounts(query, ct) is { } counts ? counts.For(query.Status) : await Count(query, zone, ct);
        var items = await Summaries(query, zone, ct);
        return new Paged<OrderSummary>(items, total, query.Page.SafePage, query.Page.SafeSize);
    }

    /// <summary>The store's exact counts per status when the query neither searches nor filters (a sort changes no count).</summary>
    private async Task<InboxCounts?> StoreCounts(InboxQuery query, CancellationToken ct) =>
        Unfiltered(query) ? await orderCounts.ForActor(db, ct) : null;

    /// <summary>A store's orders of one status in one order, neither searched nor filtered: one plan serves every such page.</summary>
    private static bool Unfiltered(InboxQuery query) => query.Search is null && !query.Filter.Any;

    public async Task<Result<OrderDetails>> Details(string orderNumber, CancellationToken ct)
    {
        var order = await DetailsRow(orderNumber, ct);
        if (order is null)
        {
            return Problem.NotFound(Text.Get("This order does not exist in your store."));
        }

        // An order never shipped (most open orders) has no parcels to read: one round trip fewer.
        var parcels = order.HasParcels
            ? await db.LogisticsOrders.AsNoTracking()
                .Include(l => l.Lines).Include(l => l.Warehouse)
                .Where(l => l.OrderId == order.Id)
                .OrderBy(l => l.Id)
                .ToListAsync(ct)
            : [];
        var pickups = parcels.Count == 0
            ? []
            : await db.PickupRequests.AsNoTracking().Where(p => p.LogisticsOrder!.OrderId == order.Id).OrderBy(p => p.Id).ToListAsync(ct);
        // Units shipped beyond the live parcels' were declared as external shipments: only then are they read.
        var inParcels = parcels.Where(p => p.Status != LogisticsOrderStatus.Cancelled).Sum(p => p.Lines.Sum(l => l.Quantity));
        var external = order.Lines.Sum(l => l.ShippedQuantity) > inParcels
            ? await db.ExternalShipments.AsNoTracking().Include(e => e.Lines)
                .Where(e => e.OrderId == order.Id)
                .OrderBy(e => e.Id)
                .ToListAsync(ct)
            : [];
        var events = await Timeline(order.Id, ct);

        return new OrderDetails(
            order.OrderNumber, order.BuyerName, order.Status, order.PlacedAt, order.ShipBy, order.BuyerChannelCode, order.BuyerChannelName,
            order.Recipient.CountryCode, order.Recipient, Urgency.Of(order.Status, order.ShipBy, clock.UtcNow, await clock.Zone(ct)), order.Lines,
            [.. parcels.Select(p => LogisticsOrderView.From(p, LatestPickup(pickups, p.Id)))],
            order.CompletedAt, order.CompletedBy, events)
        {
            ExternalShipments = [.. external.Select(ExternalShipmentView.From)],
            AwaitingNotice = AwaitingNotice.Order(order.Status, parcels.Any(AwaitingNotice.Parcel)),
        };
    }

    private sealed record DetailsOrder(
        long Id, string OrderNumber, string BuyerName, OrderStatus Status, DateTimeOffset PlacedAt, DateTimeOffset ShipBy,
        string? BuyerChannelCode, string? BuyerChannelName, Address Recipient, DateTimeOffset? CompletedAt, string? CompletedBy,
        List<OrderLineView> Lines, bool HasParcels);

    /// <summary>The order with its lines and whether it has any parcel, in one statement (the channel name from the catalog).</summary>
    private async Task<DetailsOrder?> DetailsRow(string orderNumber, CancellationToken ct)
    {
        var sql = reads.For(db, samePlanForAnyValues: true);
        var number = sql.Add(orderNumber);
        var text = $"""
            SELECT o.id, o.order_number, o.buyer_name, o.status, o.placed_at, o.ship_by, o.buyer_channel_code,
                   o.recipient_name, o.recipient_phone, o.recipient_country_code, o.recipient_province, o.recipient_city,
                   o.recipient_postal_code, o.recipient_line1, o.recipient_line2, o.completed_at, o.completed_by,
                   EXISTS (SELECT 1 FROM logistics_orders p WHERE p.order_id = o.id AND {sql.Store("p")}) AS has_parcels,
                   l.sku, l.title, l.quantity, l.shipped_quantity, l.unit_price, l.weight_grams
            FROM orders o LEFT JOIN order_lines l ON l.order_id = o.id AND {sql.Store("l")}
            WHERE {sql.Store("o")} AND o.order_number = {number}
            ORDER BY l.id
            """;
        var channels = await catalog.All(db, ct);
        return await sql.Read(text, async (reader, token) =>
        {
            DetailsOrder? order = null;
            while (await reader.ReadAsync(token))
            {
                if (order is null)
                {
                    var code = reader.IsDBNull(6) ? null : reader.GetString(6);
                    order = new DetailsOrder(
                        reader.GetInt64(0),
                        reader.GetString(1),
                        reader.GetString(2),
                        ParseStatus(reader.GetString(3)),
                        reader.GetFieldValue<DateTimeOffset>(4),
                        reader.GetFieldValue<DateTimeOffset>(5),
                        code,
                        code is not null && channels.TryGetValue(code, out var channel) ? channel.Name : null,
                        new Address
                        {
                            Name = reader.GetString(7),
                            Phone = reader.GetString(8),
                            CountryCode = reader.GetString(9),
                            Province = reader.GetString(10),
                            City = reader.GetString(11),
                            PostalCode = reader.GetString(12),
                            Line1 = reader.GetString(13),
                            Line2 = reader.IsDBNull(14) ? null : reader.GetString(14),
                        },
                        reader.IsDBNull(15) ? null : reader.GetFieldValue<DateTimeOffset>(15),
                        reader.IsDBNull(16) ? null : reader.GetString(16),
                        [],
                        reader.GetBoolean(17));
                }
                else if (order.Id != reader.GetInt64(0))
                {
                    throw new InvalidOperationException($"More than one order numbered {orderNumber} is visible to this actor.");
                }

                if (!reader.IsDBNull(18))
                {
                    var quantity = reader.GetInt32(20);
                    var shipped = reader.GetInt32(21);
                    order.Lines.Add(new OrderLineView(reader.GetString(18), reader.GetString(19), quantity, shipped, quantity - shipped, reader.GetDecimal(22), reader.GetInt32(23)));
                }
            }

            return order;
        }, ct);
    }

    /// <summary>The order's timeline, newest first (the latest <see cref="TimelineLimit"/> steps), as the context maps it.</summary>
    private async Task<List<TimelineEvent>> Timeline(long orderId, CancellationToken ct)
    {
        var sql = reads.For(db, samePlanForAnyValues: true);
        var text = $"""
            SELECT e.id, e.store_id, e.order_id, e.logistics_order_id, e.at, e.kind, e.actor, e.data
            FROM timeline_events e WHERE {sql.Store("e")} AND e.order_id = {sql.Add(orderId)}
            ORDER BY e.at DESC, e.id DESC {PlainSql.Limit(TimelineLimit)}
            """;
        return await sql.Read(text, async (reader, token) =>
        {
            var events = new List<TimelineEvent>();
            while (await reader.ReadAsync(token))
            {
                events.Add(new TimelineEvent
                {
                    Id = reader.GetInt64(0),
                    StoreId = reader.GetInt64(1),
                    OrderId = reader.IsDBNull(2) ? null : reader.GetInt64(2),
                    LogisticsOrderId = reader.IsDBNull(3) ? null : reader.GetInt64(3),
                    At = reader.GetFieldValue<DateTimeOffset>(4),
                    Kind = Enum.Parse<TimelineEventKind>(reader.GetString(5)),
                    Actor = reader.GetString(6),
                    Data = Data.Configurations.TimelineEventConfiguration.ReadData(reader.GetString(7)),
                });
            }

            return events;
        }, ct);
    }

    /// <summary>
    /// The conditions of the orders a query matches, in SQL (alias <c>o</c>), the store's scope first: a search matches part
    /// of an order number or buyer name (trigram indexes), or for a short search the whole number or a name's start; the
    /// filter's dates are days in the store's time zone, both ends included, and its country the destination's.
    /// </summary>
    internal static string Where(PlainSql sql, InboxQuery query, LocalTime zone)
    {
        var where = new StringBuilder(sql.Store("o"));
        if (query.Search is { } search)
        {
            var escaped = SqlLike.Escape(search);
            if (search.Length >= MinContainsSearch)
            {
                var contains = sql.Add("%" + escaped + "%");
                where.Append($" AND (o.order_number ILIKE {contains} OR o.buyer_name ILIKE {contains})");
            }
            else
            {
                where.Append($" AND (o.order_number = {sql.Add(search)} OR o.buyer_name ILIKE {sql.Add(escaped + "%")})");
            }
        }

        var filter = query.Filter;
        void Since(string column, DateOnly? day)
        {
            if (day is { } d)
            {
                where.Append($" AND o.{column} >= {sql.Add(zone.StartOf(d).ToUniversalTime())}");
            }
        }

        void Until(string column, DateOnly? day)
        {
            if (day is { } d)
            {
                where.Append($" AND o.{column} < {sql.Add(zone.StartOf(d.AddDays(1)).ToUniversalTime())}");
            }
        }

        Since("ship_by", filter.ShipByFrom);
        Until("ship_by", filter.ShipByTo);
        Since("placed_at", filter.PlacedFrom);
        Until("placed_at", filter.PlacedTo);
        if (filter.Country is { } country)
        {
            where.Append($" AND o.recipient_country_code = {sql.Add(country)}");
        }

        return where.ToString();
    }

    /// <summary>
    /// One tab's order. Open orders come by ship-by date, most urgent first; shipped ones newest first; without a tab, open
    /// statuses first. A chosen sort orders by its column instead (then by id, the same direction, so pages never overlap).
    /// </summary>
    internal static string OrderBy(OrderStatus? status, InboxSort? sort)
    {
        if (sort is not null)
        {
            var direction = sort.Descending ? " DESC" : "";
            var column = sort.Column switch
            {
                InboxSortColumn.OrderNumber => "order_number",
                InboxSortColumn.Placed => "placed_at",
                InboxSortColumn.Buyer => "buyer_name",
                InboxSortColumn.Country => "recipient_country_code",
                _ => "ship_by",
            };
            return $"o.{column}{direction}, o.id{direction}";
        }

        return status switch
        {
            null => "o.status, o.ship_by, o.id",
            OrderStatus.Shipped => "o.ship_by DESC, o.id DESC",
            _ => "o.ship_by, o.id",
        };
    }

    private static string StatusIs(PlainSql sql, OrderStatus? status) =>
        status is { } s ? $" AND o.status = {sql.Add(StatusName(s))}" : "";

    private static string StatusName(OrderStatus status) => status switch
    {
        OrderStatus.AwaitingShipment => nameof(OrderStatus.AwaitingShipment),
        OrderStatus.PartiallyShipped => nameof(OrderStatus.PartiallyShipped),
        _ => nameof(OrderStatus.Shipped),
    };

    private static OrderStatus ParseStatus(string status) => status switch
    {
        nameof(OrderStatus.AwaitingShipment) => OrderStatus.AwaitingShipment,
        nameof(OrderStatus.PartiallyShipped) => OrderStatus.PartiallyShipped,
        nameof(OrderStatus.Shipped) => OrderStatus.Shipped,
        _ => Enum.Parse<OrderStatus>(status),
    };

    /// <summary>
    /// One tab's page with each order's lines, in one statement: the page of orders (served by the store/status/sort
    /// indexes), whether a live parcel of each still awaits its notice (<see cref="AwaitingNotice.ParcelFilter"/>), and
    /// their lines. The parcels are asked for after the page is cut, per listed order (a lateral join cannot be hashed):
    /// as an <c>EXISTS</c> in the page's own select list, PostgreSQL costed it for every order of the store and read all
    /// of the store's parcels into a hash on every page (72 ms at 88,000 parcels, against 0.6 ms now). The channel names
    /// come from the in-memory catalog; quantities, urgency and awaiting notice are derived here.
    /// </summary>
    private async Task<List<OrderSummary>> Summaries(InboxQuery query, LocalTime zone, CancellationToken ct)
    {
        var sql = reads.For(db, samePlanForAnyValues: Unfiltered(query));
        var where = Where(sql, query, zone) + StatusIs(sql, query.Status);
        var order = OrderBy(query.Status, query.Filter.Sort);
        var text = $"""
            SELECT o.id, o.order_number, o.buyer_name, o.status, o.ship_by, o.buyer_channel_code, o.recipient_country_code,
                   o.placed_at, o.recipient_name, o.recipient_city, n.awaiting IS NOT NULL AS awaiting_notice,
                   l.sku, l.title, l.quantity, l.shipped_quantity, l.unit_price, l.weight_grams
            FROM (SELECT o.id, o.order_number, o.buyer_name, o.status, o.ship_by, o.buyer_channel_code, o.recipient_country_code,
                         o.placed_at, o.recipient_name, o.recipient_city
                  FROM orders o WHERE {where}
                  ORDER BY {order} {sql.Page(query.Page)}) o
            LEFT JOIN LATERAL (SELECT TRUE AS awaiting FROM logistics_orders p WHERE p.order_id = o.id AND {sql.Store("p")}
                               AND {AwaitingNotice.ParcelSql("p")} LIMIT 1) n ON TRUE
            LEFT JOIN order_lines l ON l.order_id = o.id AND {sql.Store("l")}
            ORDER BY {order}, l.id
            """;
        var now = clock.UtcNow;
        var channels = await catalog.All(db, ct);
        return await sql.Read(text, async (reader, token) =>
        {
            var summaries = new List<OrderSummary>(query.Page.SafeSize);
            long current = 0;
            List<OrderLineView>? lines = null;
            OrderSummary? row = null;
            while (await reader.ReadAsync(token))
            {
                var id = reader.GetInt64(0);
                if (row is null || id != current)
                {
                    if (row is not null)
                    {
                        summaries.Add(Summary(row, lines!, now, zone));
                    }

                    current = id;
                    lines = [];
                    var code = reader.IsDBNull(5) ? null : reader.GetString(5);
                    row = new OrderSummary(
                        reader.GetString(1),
                        reader.GetString(2),
                        ParseStatus(reader.GetString(3)),
                        reader.GetFieldValue<DateTimeOffset>(4),
                        code,
                        reader.GetString(6),
                        code is not null && channels.TryGetValue(code, out var channel) ? channel.Name : null,
                        reader.GetFieldValue<DateTimeOffset>(7),
                        reader.GetString(8),
                        reader.GetString(9),
                        0,
                        0,
                        ShipByUrgency.Upcoming,
                        lines,
                        reader.GetBoolean(10));
                }

                if (!reader.IsDBNull(11))
                {
                    var quantity = reader.GetInt32(13);
                    var shipped = reader.GetInt32(14);
                    lines!.Add(new OrderLineView(reader.GetString(11), reader.GetString(12), quantity, shipped, quantity - shipped, reader.GetDecimal(15), reader.GetInt32(16)));
                }
            }

            if (row is not null)
            {
                summaries.Add(Summary(row, lines!, now, zone));
            }

            return summaries;
        }, ct);
    }

    private static OrderSummary Summary(OrderSummary row, List<OrderLineView> lines, DateTimeOffset now, LocalTime zone)
    {
        int total = 0, remaining = 0;
        foreach (var line in lines)
        {
            total += line.Quantity;
            remaining += line.RemainingQuantity;
        }

        return row with
        {
            TotalQuantity = total,
            RemainingQuantity = remaining,
            Urgency = Urgency.Of(row.Status, row.ShipBy, now, zone),
            AwaitingNotice = AwaitingNotice.Order(row.Status, row.ParcelsAwaitingNotice),
        };
    }

    /// <summary>How many orders match the query (its status included): the orders API's total with a search or filter.</summary>
    private async Task<int> Count(InboxQuery query, LocalTime zone, CancellationToken ct)
    {
        var sql = reads.For(db);
        var text = $"SELECT count(*)::int FROM orders o WHERE {Where(sql, query, zone)}{StatusIs(sql, query.Status)}";
        return await sql.Read(text, async (reader, token) => await reader.ReadAsync(token) ? reader.GetInt32(0) : 0, ct);
    }

    /// <summary>
    /// The tab counts with a search or filter. A search counts its matches exactly in one pass over the trigram indexes
    /// (they are few, and a pass per status would repeat the index work three times); a filter counts each status up to
    /// one more than <see cref="TabCountCap"/>: one statement of three index-only scans that stop early.
    /// </summary>
    private async Task<InboxCounts> TabCounts(InboxQuery query, LocalTime zone, CancellationToken ct)
    {
        var sql = reads.For(db);
        var where = Where(sql, query, zone);
        var searching = query.Search is not null;
        string text;
        if (searching)
        {
            text = $"SELECT o.status, count(*)::int FROM orders o WHERE {where} GROUP BY o.status";
        }
        else
        {
            var cap = sql.Add(TabCountCap + 1);
            string Capped(OrderStatus status) =>
                $"(SELECT o.status FROM orders o WHERE {where} AND o.status = '{StatusName(status)}' LIMIT {cap})";
            text = $"""
                SELECT c.status, count(*)::int FROM ({Capped(OrderStatus.AwaitingShipment)} UNION ALL {Capped(OrderStatus.PartiallyShipped)}
                UNION ALL {Capped(OrderStatus.Shipped)}) c GROUP BY c.status
                """;
        }

        var counts = await sql.Read(text, async (reader, token) =>
        {
            var read = new Dictionary<OrderStatus, int>();
            while (await reader.ReadAsync(token))
            {
                read[ParseStatus(reader.GetString(0))] = reader.GetInt32(1);
            }

            return read;
        }, ct);
        int Of(OrderStatus s) => counts.GetValueOrDefault(s);
        return new InboxCounts(Of(OrderStatus.AwaitingShipment), Of(OrderStatus.PartiallyShipped), Of(OrderStatus.Shipped), searching ? int.MaxValue : TabCountCap);
    }

    private static PickupRequest? LatestPickup(List<PickupRequest> pickups, long parcelId) =>
        pickups.LastOrDefault(p => p.LogisticsOrderId == parcelId);

}

internal sealed record StatusCount(OrderStatus Status, int Count);
