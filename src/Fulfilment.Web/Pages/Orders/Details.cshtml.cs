namespace Fulfilment.Web.Pages.Orders;

/// <summary>One order: its lines (ordered, shipped, remaining), recipient, buyer's channel, parcels and timeline.</summary>
public sealed class DetailsModel(OrderService orders) : PageModel
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
