namespace Fulfilment.Web.Pages.Admin;

/// <summary>Where a paged admin list is (<c>?p=</c>), for the pager under its table.</summary>
public sealed record ListPagerModel(int Page, int PageCount, int Total);
