namespace Fulfilment.Common;

/// <summary>
/// A page request as the API names it: <c>?page=1&amp;pageSize=50</c>, page size at most 200, page at most 100000
/// (the API refuses other values; pages, whose links a person edits, get the nearest sensible page instead).
/// </summary>
public sealed record PageRequest(int Page = 1, int PageSize = PageRequest.DefaultSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 200;

    /// <summary>Deeper pages would skip tens of millions of rows (and overflow the offset): no list is that long.</summary>
    public const int MaxPage = 100_000;

    public int SafePage => Math.Clamp(Page, 1, MaxPage);

    public int SafeSize => PageSize switch
    {
        < 1 => DefaultSize,
        > MaxSize => MaxSize,
        _ => PageSize,
    };

    public int Skip => (SafePage - 1) * SafeSize;
}

public sealed record Paged<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
