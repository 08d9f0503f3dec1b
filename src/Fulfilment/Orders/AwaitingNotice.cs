using System.Linq.Expressions;

namespace Fulfilment.Orders;

/// <summary>
/// The one home of "awaiting notice": which parcels still owe their shipping notice, and when an order offers
/// Fill in shipping notice. Queries, views and pages read these instead of restating them.
/// </summary>
public static class AwaitingNotice
{
    /// <summary>A parcel awaits its notice while it is live (not cancelled) and no notice names it.</summary>
    public static readonly Expression<Func<LogisticsOrder, bool>> ParcelFilter =
        l => l.ShippingNoticeId == null && l.Status != LogisticsOrderStatus.Cancelled;

    private static readonly Func<LogisticsOrder, bool> ParcelCheck = ParcelFilter.Compile();

    /// <summary>
    /// <see cref="ParcelFilter"/> for a query written in plain SQL (the inbox), on the parcel row named
    /// <paramref name="alias"/>. A test checks that EF writes the same condition for <see cref="ParcelFilter"/>.
    /// </summary>
    public static string ParcelSql(string alias) =>
        $"{alias}.shipping_notice_id IS NULL AND {alias}.status <> '{nameof(LogisticsOrderStatus.Cancelled)}'";

    public static bool Parcel(LogisticsOrder parcel) => ParcelCheck(parcel);

    public static bool Parcel(LogisticsOrderView parcel) => !parcel.NoticeFiled && parcel.Status != LogisticsOrderStatus.Cancelled;

    /// <summary>
    /// An order offers Fill in shipping notice while a parcel awaits its notice (also a leftover parcel of an order
    /// confirmed complete), or while it is partially shipped (more can be declared, e.g. sent by the seller's own carrier).
    /// </summary>
    public static bool Order(OrderStatus status, bool parcelAwaitingNotice) =>
        parcelAwaitingNotice || status == OrderStatus.PartiallyShipped;
}
