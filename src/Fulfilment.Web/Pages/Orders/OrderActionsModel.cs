using Fulfilment.Orders;

namespace Fulfilment.Web.Pages.Orders;

/// <summary>
/// What the order actions partial needs: the order, whether it sits in a table row (small buttons), and whether it has
/// parcels still waiting for their shipping notice (then the notice can be filed before the order is partly shipped), and
/// how many units are left to ship (none: Online shipping has nothing to do).
/// </summary>
public sealed record OrderActionsModel(string OrderNumber, OrderStatus Status, bool Compact, bool ParcelsAwaitingNotice = false, int? RemainingQuantity = null);
