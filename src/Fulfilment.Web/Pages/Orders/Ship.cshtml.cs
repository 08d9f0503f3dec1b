namespace Fulfilment.Web.Pages.Orders;

/// <summary>
/// The Ship page (发货): the order in brief and the ways to ship it, as the seed lays them out: Online shipping, Fill in
/// shipping notice (for parcels sent by the seller's own carrier too), and for a partially shipped order Confirm shipment
/// complete.
/// </summary>
public sealed class ShipModel(OrderService orders) : PageModel
{
    public OrderDetails Order { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string orderNumber, CancellationToken ct)
    {
        var result = await orders.Details(orderNumber, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Order = result.Value;
        return Page();
    }
}
