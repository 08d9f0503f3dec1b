using Fulfilment.Orders;

namespace Fulfilment.Web.Pages.Orders;

/// <summary>What the order actions partial needs: the order and whether it sits in a table row (small buttons).</summary>
public sealed record OrderActionsModel(string OrderNumber, OrderStatus Status, bool Compact);
