namespace Fulfilment.Web.Pages.Orders;

/// <summary>A sortable column header's link in the inbox.</summary>
public sealed record SortLinkModel(string Label, InboxSortColumn Column, IndexModel Page);
