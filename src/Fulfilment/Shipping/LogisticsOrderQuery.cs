namespace Fulfilment.Shipping;

/// <summary>
/// The store's logistics orders (the "international small package" menu, 国际小包): newest first, searchable and
/// filterable, one parcel's details, and the result page after creating one. Reads only; the tenancy filter keeps
/// every query to the actor's store.
/// </summary>
public sealed class LogisticsOrderQuery(FulfilmentDbContext db, LoadLatestPickups latestPickups, SqlReads reads)
{
    public async Task<Result<Paged<LogisticsOrderView>>> List(LogisticsOrderFilter query, CancellationToken ct)
    {
        var status = query.ParsedStatus();
        if (!status.IsSuccess)
        {
            return status.Problem;
        }

        return await Page(query, status.Value, knownTotal: null, ct);
    }

    /// <summary>
    /// The list page: the parcels and the counts behind its status tabs. The tabs are counted once, and the page's total
    /// is taken from them whenever no search narrows it, rather than counting the same parcels again (a store with
    /// 800,000 parcels paid about 100 ms of PostgreSQL time for each count).
    /// </summary>
    public async Task<Result<LogisticsOrderOverview>> Overview(LogisticsOrderFilter query, CancellationToken ct)
    {
        var status = query.ParsedStatus();
        if (!status.IsSuccess)
        {
            return status.Problem;
        }

        // Two statements, each answered from an index: the statuses from (store, status, id) alone, without reading the
        // parcels' rows (one pass over the rows took three times as long: 144–165 ms against 46 ms at 460,000 parcels);
        // the parcels awaiting their label's first print, few by nature, through their partial index.
        Task<Dictionary<LogisticsOrderStatus, int>> ByStatus(IQueryable<LogisticsOrder> parcels) =>
            parcels.GroupBy(l => l.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var byStatus = await ByStatus(db.LogisticsOrders.AsNoTracking());
        var unprinted = await ByStatus(db.LogisticsOrders.AsNoTracking().Where(LogisticsOrderFilter.AwaitingFirstPrint));
        var counts = new LogisticsOrderCounts(byStatus.Values.Sum(), byStatus, unprinted);
        var list = await Page(query, status.Value, counts.TotalOf(query, status.Value), ct);
        return new LogisticsOrderOverview(list, counts);
    }

    private async Task<Paged<LogisticsOrderView>> Page(LogisticsOrderFilter query, LogisticsOrderStatus? status, int? knownTotal, CancellationToken ct)
    {
        var filtered = Filter(query, status);
        var paging = query.Paging;
        var total = knownTotal ?? await filtered.CountAsync(ct);
        if (await TabPage(query, status, paging, ct) is { } ids)
        {
            filtered = filtered.Where(l => ids.Contains(l.Id));
            paging = paging with { Page = 1 };
        }

        var parcels = await filtered
            .Include(l => l.Warehouse)
            .Include(l => l.Lines)
            .OrderByDescending(l => l.Id)
            .Skip(paging.Skip)
            .Take(paging.SafeSize)
            .AsSplitQuery()
            .ToListAsync(ct);
        var pickups = await latestPickups.For([.. parcels.Select(p => p.Id)], ct);
        var views = parcels.Select(p => LogisticsOrderView.From(p, pickups.GetValueOrDefault(p.Id))).ToList();
        return new Paged<LogisticsOrderView>(views, total, query.Paging.SafePage, paging.SafeSize);
    }

    /// <summary>
    /// The ids of a status tab's or the "label not printed" tab's page, newest first, read through the index made for
    /// it; null for the other lists (all parcels, which the store/id index serves as asked, and searches). Asked as
    /// <c>status = $2 ORDER BY id DESC</c>, PostgreSQL walks the primary key backwards and skips every parcel of the other
    /// tabs, because it assumes a tab's parcels are spread evenly over the ids, while they follow age (the newest parcels
    /// await handover and their first print; the oldest were received long ago): 0.2–0.5 s for a tab at 800,000 parcels.
    /// A range that admits one value is not an equality PostgreSQL can drop from the <c>ORDER BY</c>, so only the index
    /// on (store, status, id), or the unprinted parcels' (store, id), gives that order without sorting the whole tab
    /// (the same order: each range admits one value).
    /// </summary>
    private async Task<List<long>?> TabPage(LogisticsOrderFilter query, LogisticsOrderStatus? status, PageRequest paging, CancellationToken ct)
    {
        if (query.Searches)
        {
            return null;
        }

        var sql = reads.For(db, samePlanForAnyValues: true);
        string where, order;
        if (query.Unprinted)
        {
            // The store as a one-value range needs the store: a context for all stores lists them as EF does.
            if (!db.OneStoreModel || db.ActorStoreId is not { } store)
            {
                return null;
            }

            var id = sql.Add(store);
            where = $"l.store_id >= {id} AND l.store_id <= {id} AND {LogisticsOrderFilter.AwaitingFirstPrintSql("l")}"
                + (status is { } s ? $" AND l.status = {sql.Add(s.ToString())}" : "");
            order = "l.store_id DESC, l.id DESC";
        }
        else if (status is { } tab)
        {
            var value = sql.Add(tab.ToString());
            where = $"{sql.Store("l")} AND l.status >= {value} AND l.status <= {value}";
            order = "l.status DESC, l.id DESC";
        }
        else
        {
            return null;
        }

        var text = $"""
            SELECT l.id FROM logistics_orders l WHERE {where}
            ORDER BY {order} {sql.Page(paging)}
            """;
        return await sql.Read(text, async (reader, token) =>
        {
            var ids = new List<long>(paging.SafeSize);
            while (await reader.ReadAsync(token))
            {
                ids.Add(reader.GetInt64(0));
            }

            return ids;
        }, ct);
    }

    public async Task<Result<LogisticsOrderDetails>> Get(long id, CancellationToken ct)
    {
        var parcel = await db.LogisticsOrders.AsNoTracking()
            .Include(l => l.Warehouse)
            .Include(l => l.Channel)
            .Include(l => l.Lines)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == id, ct);
        if (parcel is null)
        {
            return NotFound();
        }

        var pickup = await latestPickups.For(id, ct);
        var timeline = await db.TimelineEvents.AsNoTracking()
            .Where(e => e.LogisticsOrderId == id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .ToListAsync(ct);
        return new LogisticsOrderDetails(LogisticsOrderView.From(parcel, pickup), parcel.Channel!.Name, parcel.Channel.Carrier, timeline);
    }

    /// <summary>A parcel of the store with its channel's name, for the result page after creating it.</summary>
    public async Task<Result<CreatedParcelView>> Created(long id, CancellationToken ct)
    {
        var parcel = await db.LogisticsOrders.AsNoTracking().Include(l => l.Lines).Include(l => l.Warehouse).Include(l => l.Channel)
            .SingleOrDefaultAsync(l => l.Id == id, ct);
        if (parcel is null)
        {
            return NotFound();
        }

        var pickup = await latestPickups.For(id, ct);
        return new CreatedParcelView(LogisticsOrderView.From(parcel, pickup), parcel.Channel?.Name ?? parcel.ChannelCode);
    }

    public static Problem NotFound() => Problem.NotFound(Text.Get("This logistics order does not exist."));

    private IQueryable<LogisticsOrder> Filter(LogisticsOrderFilter query, LogisticsOrderStatus? status)
    {
        var parcels = db.LogisticsOrders.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.OrderNumber))
        {
            // Matched on the orders, through their trigram index, and joined to their parcels by the order's key: a
            // parcel keeps its order's number (orders are never renumbered), and the parcels' own copy has no such index,
            // so matching it read every parcel of the store (0.6–0.9 s a page at 460,000 parcels; an index on the
            // parcels instead would cost every ship a GIN insert). A search too short for a trigram matches the copy:
            // it would read every order of every store instead.
            var text = query.OrderNumber.Trim();
            var pattern = SqlLike.Containing(text);
            if (SqlLike.TrigramsNarrow(text))
            {
                var orders = db.Orders.Where(o => EF.Functions.ILike(o.OrderNumber, pattern)).Select(o => o.Id);
                parcels = parcels.Where(l => orders.Contains(l.OrderId));
            }
            else
            {
                parcels = parcels.Where(l => EF.Functions.ILike(l.OrderNumber, pattern));
            }
        }

        if (!string.IsNullOrWhiteSpace(query.WaybillNumber))
        {
            // A whole waybill number (scanned or pasted) is contained only in itself, as every waybill has the same
            // length: the unique index finds it, where a search for part of one reads every parcel of the store.
            var waybill = Waybill.Normalize(query.WaybillNumber);
            parcels = waybill.Length == Waybill.Length
                ? parcels.Where(l => l.WaybillNumber == waybill)
                : parcels.Where(l => l.WaybillNumber.Contains(waybill));
        }

        if (status is { } s)
        {
            parcels = parcels.Where(l => l.Status == s);
        }

        if (query.Unprinted)
        {
            parcels = parcels.Where(LogisticsOrderFilter.AwaitingFirstPrint);
        }

        return parcels;
    }

}

/// <summary>
/// How many of the store's parcels each status tab shows, and how many of each await their label's first print (a
/// cancelled parcel never does).
/// </summary>
public sealed record LogisticsOrderCounts(
    int All,
    IReadOnlyDictionary<LogisticsOrderStatus, int> ByStatus,
    IReadOnlyDictionary<LogisticsOrderStatus, int> UnprintedByStatus)
{
    /// <summary>How many the "label not printed" filter shows.</summary>
    public int Unprinted => UnprintedByStatus.Values.Sum();

    /// <summary>How many parcels <paramref name="query"/> finds, when these counts say it; null when a search narrows it.</summary>
    public int? TotalOf(LogisticsOrderFilter query, LogisticsOrderStatus? status) =>
        query.Searches ? null : (status, query.Unprinted) switch
        {
            (null, false) => All,
            (null, true) => Unprinted,
            ({ } s, false) => ByStatus.GetValueOrDefault(s),
            ({ } s, true) => UnprintedByStatus.GetValueOrDefault(s),
        };
}

/// <summary>The packages page: a page of parcels and the counts its filters show.</summary>
public sealed record LogisticsOrderOverview(Paged<LogisticsOrderView> Parcels, LogisticsOrderCounts Counts);

/// <summary>One parcel with what its details page shows beyond the API view: channel name and its timeline.</summary>
public sealed record LogisticsOrderDetails(LogisticsOrderView Parcel, string ChannelName, string Carrier, IReadOnlyList<Timeline.TimelineEvent> Timeline)
{
    /// <summary>Whether the parcel may be cancelled now, and if not why (<see cref="LogisticsOrderLifecycle.Cancellation"/>).</summary>
    public CancelEligibility Cancellation => LogisticsOrderLifecycle.Cancellation(Parcel.Status, Parcel.NoticeFiled);

    /// <summary>The page offers Cancel logistics order.</summary>
    public bool CanCancel => Cancellation == CancelEligibility.Allowed;
}

/// <summary>The result page: the parcel, and its channel's name.</summary>
public sealed record CreatedParcelView(LogisticsOrderView Parcel, string ChannelName);
