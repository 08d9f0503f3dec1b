namespace Fulfilment.Orders;

/// <summary>
/// The orders inbox and an order's details. Every list is one query for the tab counts and one for the page of
/// orders with their lines (no query per row); both are served by the store/status/ship-by index and, for a search,
/// the trigram indexes (measured in <c>bench/inbox</c>).
/// </summary>
public sealed class OrderService(FulfilmentDbContext db, LocalClock clock, OrderCounts orderCounts)
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
        var matching = Filtered(Matching(db.Orders.AsNoTracking(), query.Search), query.Filter, await clock.Zone(ct));
        var counts = await StoreCounts(query, ct) ?? await TabCounts(matching, query.Search is not null, ct);
        var items = await Summaries(matching, query, ct);
        var total = Math.Min(counts.For(query.Status), counts.Cap);
        return new OrderInbox(query, counts, new Paged<OrderSummary>(items, total, query.Page.SafePage, query.Page.SafeSize));
    }

    /// <summary>
    /// <c>GET /api/orders</c>: one page and the exact total of the orders matching the status and search (without a search
    /// or filter, the store's count per status from <see cref="OrderCounts"/>).
    /// </summary>
    public async Task<Paged<OrderSummary>> List(InboxQuery query, CancellationToken ct)
    {
        var matching = Filtered(Matching(db.Orders.AsNoTracking(), query.Search), query.Filter, await clock.Zone(ct));
        var total = await StoreCounts(query, ct) is { } counts
            ? counts.For(query.Status)
            : await (query.Status is { } status ? matching.Where(o => o.Status == status) : matching).CountAsync(ct);
        var items = await Summaries(matching, query, ct);
        return new Paged<OrderSummary>(items, total, query.Page.SafePage, query.Page.SafeSize);
    }

    /// <summary>The store's exact counts per status when the query neither searches nor filters (a sort changes no count).</summary>
    private async Task<InboxCounts?> StoreCounts(InboxQuery query, CancellationToken ct) =>
        query.Search is null && !query.Filter.Any ? await orderCounts.ForActor(db, ct) : null;

    public async Task<Result<OrderDetails>> Details(string orderNumber, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking()
            .Where(o => o.OrderNumber == orderNumber)
            .Select(o => new
            {
                o.Id,
                o.OrderNumber,
                o.BuyerName,
                o.Status,
                o.PlacedAt,
                o.ShipBy,
                o.BuyerChannelCode,
                BuyerChannelName = db.Channels.Where(c => c.Code == o.BuyerChannelCode).Select(c => c.Name).FirstOrDefault(),
                o.Recipient,
                o.CompletedAt,
                o.CompletedBy,
                Lines = o.Lines.OrderBy(l => l.Id)
                    .Select(l => new OrderLineView(l.Sku, l.Title, l.Quantity, l.ShippedQuantity, l.Quantity - l.ShippedQuantity, l.UnitPrice, l.WeightGrams))
                    .ToList(),
                HasParcels = db.LogisticsOrders.Any(l => l.OrderId == o.Id),
            })
            .SingleOrDefaultAsync(ct);
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
        var events = await db.TimelineEvents.AsNoTracking()
            .Where(e => e.OrderId == order.Id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(TimelineLimit)
            .ToListAsync(ct);

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

    /// <summary>The orders a search matches: part of an order number or buyer name (trigram indexes), or for a short search the whole number or a name's start.</summary>
    internal static IQueryable<Order> Matching(IQueryable<Order> orders, string? search)
    {
        if (search is null)
        {
            return orders;
        }

        var escaped = SqlLike.Escape(search);
        if (search.Length >= MinContainsSearch)
        {
            var contains = "%" + escaped + "%";
            return orders.Where(o => EF.Functions.ILike(o.OrderNumber, contains) || EF.Functions.ILike(o.BuyerName, contains));
        }

        var prefix = escaped + "%";
        return orders.Where(o => o.OrderNumber == search || EF.Functions.ILike(o.BuyerName, prefix));
    }

    /// <summary>
    /// The orders within the filter's dates (days in the store's time zone, both ends included) and to its destination country.
    /// </summary>
    internal static IQueryable<Order> Filtered(IQueryable<Order> orders, InboxFilter filter, LocalTime zone)
    {
        if (filter.ShipByFrom is { } shipFrom)
        {
            var start = zone.StartOf(shipFrom);
            orders = orders.Where(o => o.ShipBy >= start);
        }

        if (filter.ShipByTo is { } shipTo)
        {
            var end = zone.StartOf(shipTo.AddDays(1));
            orders = orders.Where(o => o.ShipBy < end);
        }

        if (filter.PlacedFrom is { } placedFrom)
        {
            var start = zone.StartOf(placedFrom);
            orders = orders.Where(o => o.PlacedAt >= start);
        }

        if (filter.PlacedTo is { } placedTo)
        {
            var end = zone.StartOf(placedTo.AddDays(1));
            orders = orders.Where(o => o.PlacedAt < end);
        }

        if (filter.Country is { } country)
        {
            orders = orders.Where(o => o.Recipient.CountryCode == country);
        }

        return orders;
    }

    /// <summary>
    /// One tab's page in its order, with each order's lines in the same round trip. Open orders come by ship-by date,
    /// most urgent first; shipped ones newest first; without a tab, open statuses first. A chosen sort orders by its
    /// column instead (then by id, the same direction, so pages never overlap). The rows come straight from the query;
    /// what is derived from them (quantities, urgency, awaiting notice) is filled in by <see cref="Summaries"/>.
    /// </summary>
    internal IQueryable<OrderSummary> Page(IQueryable<Order> matching, OrderStatus? status, PageRequest page, InboxSort? sort = null)
    {
        var ordered = sort is not null
            ? Sorted(status is null ? matching : matching.Where(o => o.Status == status), sort)
            : status switch
            {
                null => matching.OrderBy(o => o.Status).ThenBy(o => o.ShipBy).ThenBy(o => o.Id),
                OrderStatus.Shipped => matching.Where(o => o.Status == status).OrderByDescending(o => o.ShipBy).ThenByDescending(o => o.Id),
                _ => matching.Where(o => o.Status == status).OrderBy(o => o.ShipBy).ThenBy(o => o.Id),
            };
        return ordered
            .Skip(page.Skip).Take(page.SafeSize)
            .Select(o => new OrderSummary(
                o.OrderNumber,
                o.BuyerName,
                o.Status,
                o.ShipBy,
                o.BuyerChannelCode,
                o.Recipient.CountryCode,
                db.Channels.Where(c => c.Code == o.BuyerChannelCode).Select(c => c.Name).FirstOrDefault(),
                o.PlacedAt,
                o.Recipient.Name,
                o.Recipient.City,
                0,
                0,
                ShipByUrgency.Upcoming,
                o.Lines.OrderBy(l => l.Id)
                    .Select(l => new OrderLineView(l.Sku, l.Title, l.Quantity, l.ShippedQuantity, l.Quantity - l.ShippedQuantity, l.UnitPrice, l.WeightGrams))
                    .ToList(),
                db.LogisticsOrders.Where(AwaitingNotice.ParcelFilter).Any(l => l.OrderId == o.Id),
                false));
    }

    private static IOrderedQueryable<Order> Sorted(IQueryable<Order> orders, InboxSort sort)
    {
        IOrderedQueryable<Order> By<TKey>(System.Linq.Expressions.Expression<Func<Order, TKey>> key) =>
            sort.Descending ? orders.OrderByDescending(key).ThenByDescending(o => o.Id) : orders.OrderBy(key).ThenBy(o => o.Id);
        return sort.Column switch
        {
            InboxSortColumn.OrderNumber => By(o => o.OrderNumber),
            InboxSortColumn.Placed => By(o => o.PlacedAt),
            InboxSortColumn.Buyer => By(o => o.BuyerName),
            InboxSortColumn.Country => By(o => o.Recipient.CountryCode),
            _ => By(o => o.ShipBy),
        };
    }

    /// <summary>
    /// How many matching orders each status holds, each counted up to one more than <see cref="TabCountCap"/>: one
    /// statement of three index-only scans that stop early.
    /// </summary>
    internal static IQueryable<StatusCount> TabCountQuery(IQueryable<Order> matching)
    {
        IQueryable<OrderStatus> Capped(OrderStatus status) =>
            matching.Where(o => o.Status == status).Select(o => o.Status).Take(TabCountCap + 1);
        return Capped(OrderStatus.AwaitingShipment)
            .Concat(Capped(OrderStatus.PartiallyShipped))
            .Concat(Capped(OrderStatus.Shipped))
            .GroupBy(s => s)
            .Select(g => new StatusCount(g.Key, g.Count()));
    }

    /// <summary>
    /// A search counts its matches exactly in one pass over the trigram indexes (they are few, and a pass per status
    /// would repeat the index work three times); the unfiltered tabs are counted up to the cap.
    /// </summary>
    private static async Task<InboxCounts> TabCounts(IQueryable<Order> matching, bool searching, CancellationToken ct)
    {
        var counts = searching
            ? await matching.GroupBy(o => o.Status).Select(g => new StatusCount(g.Key, g.Count())).ToListAsync(ct)
            : await TabCountQuery(matching).ToListAsync(ct);
        int Of(OrderStatus s) => counts.FirstOrDefault(c => c.Status == s)?.Count ?? 0;
        return new InboxCounts(Of(OrderStatus.AwaitingShipment), Of(OrderStatus.PartiallyShipped), Of(OrderStatus.Shipped), searching ? int.MaxValue : TabCountCap);
    }

    private async Task<List<OrderSummary>> Summaries(IQueryable<Order> matching, InboxQuery query, CancellationToken ct)
    {
        var rows = await Page(matching, query.Status, query.Page, query.Filter.Sort).ToListAsync(ct);
        var now = clock.UtcNow;
        var zone = await clock.Zone(ct);
        return [.. rows.Select(r => r with
        {
            TotalQuantity = r.Lines.Sum(l => l.Quantity),
            RemainingQuantity = r.Lines.Sum(l => l.RemainingQuantity),
            Urgency = Urgency.Of(r.Status, r.ShipBy, now, zone),
            AwaitingNotice = AwaitingNotice.Order(r.Status, r.ParcelsAwaitingNotice),
        })];
    }

    private static PickupRequest? LatestPickup(List<PickupRequest> pickups, long parcelId) =>
        pickups.LastOrDefault(p => p.LogisticsOrderId == parcelId);

}

internal sealed record StatusCount(OrderStatus Status, int Count);
