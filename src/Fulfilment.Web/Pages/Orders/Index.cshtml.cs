using Fulfilment.Common;
using Fulfilment.Orders;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfilment.Web.Pages.Orders;

/// <summary>The orders inbox: a tab per status with live counts, search, and the most urgent orders first.</summary>
public sealed class IndexModel(OrderService orders) : PageModel
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

    public OrderInbox Inbox { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) =>
        Inbox = await orders.Inbox(new InboxQuery(Status, Q, new PageRequest(PageNumber, PageSize)), ct);

    /// <summary>A tab's count as shown: exact, or "10,000+" above the cap.</summary>
    public string CountLabel(OrderStatus? status) =>
        Inbox.Counts.IsCapped(status)
            ? Math.Min(Inbox.Counts.For(status), Inbox.Counts.Cap).ToString("N0", System.Globalization.CultureInfo.CurrentCulture) + "+"
            : Inbox.Counts.For(status).ToString("N0", System.Globalization.CultureInfo.CurrentCulture);

    /// <summary>A link to this inbox with some of its parameters changed (the others kept).</summary>
    public string Link(OrderStatus? status = null, int? page = null, bool clearSearch = false, bool all = false)
    {
        var query = new Dictionary<string, string?> { ["status"] = all ? AllTab : (status ?? Status)?.ToString() ?? AllTab };
        if (!clearSearch && Inbox.Query.Search is { } q)
        {
            query["q"] = q;
        }

        if (page is > 1)
        {
            query["p"] = page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Orders", query);
    }
}
