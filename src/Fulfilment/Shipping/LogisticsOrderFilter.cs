using System.Linq.Expressions;

namespace Fulfilment.Shipping;

/// <summary>
/// What the packages list asks for: parts of a transaction order number or waybill number, a status, only parcels
/// whose label was never printed, and a page.
/// </summary>
public sealed record LogisticsOrderFilter(
    string? OrderNumber = null,
    string? WaybillNumber = null,
    string? Status = null,
    bool Unprinted = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultSize)
{
    public static readonly LogisticsOrderStatus[] Statuses = Enum.GetValues<LogisticsOrderStatus>();

    /// <summary>A parcel waits for its label's first print; a cancelled parcel's label will never be printed.</summary>
    public static readonly Expression<Func<LogisticsOrder, bool>> AwaitingFirstPrint =
        l => l.LabelPrintCount == 0 && l.Status != LogisticsOrderStatus.Cancelled;

    /// <summary>
    /// <see cref="AwaitingFirstPrint"/> for a statement written in plain SQL, on the parcel row named <paramref name="alias"/>.
    /// A test checks that EF writes the same condition.
    /// </summary>
    public static string AwaitingFirstPrintSql(string alias) =>
        $"{alias}.label_print_count = 0 AND {alias}.status <> '{nameof(LogisticsOrderStatus.Cancelled)}'";

    public PageRequest Paging => new(Page, PageSize);

    /// <summary>Whether a part of an order or waybill number narrows the list (beyond its tab).</summary>
    public bool Searches => !string.IsNullOrWhiteSpace(OrderNumber) || !string.IsNullOrWhiteSpace(WaybillNumber);

    /// <summary>The status filter, or a field problem naming <c>status</c> for a value that is not one.</summary>
    public Result<LogisticsOrderStatus?> ParsedStatus() =>
        string.IsNullOrWhiteSpace(Status)
            ? (LogisticsOrderStatus?)null
            : EnumNames.TryParse<LogisticsOrderStatus>(Status, out var status)
                ? status
                : Problem.Field(nameof(Status), EnumNames.Choices(typeof(LogisticsOrderStatus)));
}
