namespace Fulfilment.Web.Pages.Orders;

/// <summary>The orders inbox: a tab per status with live counts, search, and the most urgent orders first.</summary>
public sealed class IndexModel(OrderService orders, OrderLabelService labels) : PageModel
{
    public const int PageSize = 20;

    /// <summary>The tab as the query names it: a status, or <c>All</c>; the inbox opens on the orders awaiting shipment.</summary>
    [BindProperty(SupportsGet = true, Name = "status")]
    public string? Tab { get; set; }

    /// <summary>The status tab, or null for the All tab (所有订单).</summary>
    public OrderStatus? Status => string.Equals(Tab, AllTab, StringComparison.OrdinalIgnoreCase)
        ? null
        : Enum.TryParse<OrderStatus>(Tab, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(Tab, out _) ? status : OrderStatus.AwaitingShipment;

    public const string AllTab = "All";

    public bool IsAll => Status is null;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? ShipByFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ShipByTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PlacedFrom { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PlacedTo { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Country { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Sort { get; set; }

    public OrderInbox Inbox { get; private set; } = null!;

    /// <summary>The filter as read from the address (none when a value is unreadable: its field says why).</summary>
    public InboxFilter Filter { get; private set; } = InboxFilter.None;

    public async Task OnGetAsync(CancellationToken ct)
    {
        var filter = InboxFilter.Parse(ShipByFrom, ShipByTo, PlacedFrom, PlacedTo, Country, Sort);
        if (filter.IsSuccess)
        {
            Filter = filter.Value;
        }
        else
        {
            ModelState.AddProblem(filter.Problem, "");
        }

        Inbox = await orders.Inbox(new InboxQuery(Status, Q, new PageRequest(PageNumber, PageSize)) { Filter = Filter }, ct);
    }

    /// <summary>Bulk print: the labels of the selected orders' logistics orders as one file (each print counted).</summary>
    public async Task<IActionResult> OnPostLabelsAsync([FromForm(Name = "Input.Orders")] List<string>? orders, string? format, CancellationToken ct)
    {
        var result = await labels.Print(orders, format, ct);
        if (result.IsSuccess)
        {
            return new LabelFileResult(result.Value, inline: false);
        }

        TempData["Error"] = result.Problem.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? result.Problem.Message;
        return Redirect(Link());
    }

    /// <summary>A filter field's message when its value could not be read.</summary>
    public string? Error(string field) =>
        ModelState.TryGetValue(field, out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    /// <summary>How a column is sorted now, for its header's aria-sort.</summary>
    public string? AriaSort(InboxSortColumn column) =>
        Filter.Sort is { } sort && sort.Column == column ? (sort.Descending ? "descending" : "ascending") : null;

    /// <summary>The header link of a column: ascending first, descending when it is already sorted ascending.</summary>
    public string SortLink(InboxSortColumn column) =>
        Link(page: 1, sort: new InboxSort(column, Filter.Sort is { } s && s.Column == column && !s.Descending));

    /// <summary>A tab's count as shown: exact, or "10,000+" above the cap.</summary>
    public string CountLabel(OrderStatus? status) =>
        Display.Count(Inbox.Counts.For(status), Inbox.Counts.IsCapped(status) ? Inbox.Counts.Cap : int.MaxValue);

    /// <summary>A link to this inbox with some of its parameters changed (the others kept).</summary>
    public string Link(OrderStatus? status = null, int? page = null, bool clearSearch = false, bool all = false, InboxSort? sort = null, bool clearFilters = false)
    {
        var tab = all ? AllTab : (status ?? Status)?.ToString() ?? AllTab;
        // The page writes about twenty links that keep the search and filter as they are: that part is written once.
        var kept = clearSearch || clearFilters || sort is not null ? Kept(clearSearch, clearFilters, sort) : _kept ??= Kept(false, false, null);
        var link = "/Orders?status=" + tab + kept;
        return page is > 1 ? link + "&p=" + page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : link;
    }

    private string? _kept;

    /// <summary>The query after the tab (each parameter led by <c>&amp;</c>): the search, the filter and the sort.</summary>
    private string Kept(bool clearSearch, bool clearFilters, InboxSort? sort)
    {
        var query = new List<KeyValuePair<string, string?>>();
        if (!clearSearch && Inbox?.Query.Search is { } q)
        {
            query.Add(new("q", q));
        }

        var filter = clearFilters ? InboxFilter.None with { Sort = Filter.Sort } : Filter;
        query.AddRange((sort is null ? filter : filter with { Sort = sort }).ToQuery());
        return query.Count == 0 ? "" : "&" + Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("", query)[1..];
    }
}
