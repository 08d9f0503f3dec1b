using Fulfilment.Common;
using Fulfilment.Shipping;

namespace Fulfilment.Packages;

/// <summary>
/// What the packages list asks for: parts of a transaction order number or waybill number, a status, only parcels
/// whose label was never printed, and a page.
/// </summary>
public sealed record PackageQuery(
    string? OrderNumber = null,
    string? WaybillNumber = null,
    string? Status = null,
    bool Unprinted = false,
    int Page = 1,
    int PageSize = PageRequest.DefaultSize)
{
    public static readonly LogisticsOrderStatus[] Statuses = Enum.GetValues<LogisticsOrderStatus>();

    public PageRequest Paging => new(Page, PageSize);

    /// <summary>The status filter, or a field problem naming <c>status</c> for a value that is not one.</summary>
    public Result<LogisticsOrderStatus?> ParsedStatus() =>
        string.IsNullOrWhiteSpace(Status)
            ? (LogisticsOrderStatus?)null
            : EnumNames.TryParse<LogisticsOrderStatus>(Status, out var status)
                ? status
                : Problem.Field(nameof(Status), EnumNames.Choices(typeof(LogisticsOrderStatus)));
}

/// <summary>How many of the store's parcels each status tab and the "label not printed" filter would show.</summary>
public sealed record PackageCounts(int All, IReadOnlyDictionary<LogisticsOrderStatus, int> ByStatus, int Unprinted);

/// <summary>The packages page: a page of parcels and the counts its filters show.</summary>
public sealed record PackageOverview(Paged<LogisticsOrderView> Parcels, PackageCounts Counts);

/// <summary>One parcel with what its details page shows beyond the API view: channel name and its timeline.</summary>
public sealed record PackageDetails(LogisticsOrderView Parcel, string ChannelName, string Carrier, IReadOnlyList<Timeline.TimelineEvent> Timeline)
{
    /// <summary>Whether the parcel may be cancelled now, and if not why (<see cref="LogisticsOrderLifecycle.Cancellation"/>).</summary>
    public CancelEligibility Cancellation => LogisticsOrderLifecycle.Cancellation(Parcel.Status, Parcel.NoticeFiled);

    /// <summary>The page offers Cancel logistics order.</summary>
    public bool CanCancel => Cancellation == CancelEligibility.Allowed;
}
