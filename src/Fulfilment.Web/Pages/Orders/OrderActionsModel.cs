namespace Fulfilment.Web.Pages.Orders;

/// <summary>
/// What the order details' actions partial needs: the order, whether it offers
/// Fill in shipping notice (decided once, by <see cref="AwaitingNotice.Order"/>, and carried on the order's view), and
/// how many units are left to ship (none: Online shipping has nothing to do).
/// </summary>
public sealed record OrderActionsModel(string OrderNumber, OrderStatus Status, bool AwaitingNotice = false, int? RemainingQuantity = null);
