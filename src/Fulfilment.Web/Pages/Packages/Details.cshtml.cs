namespace Fulfilment.Web.Pages.Packages;

/// <summary>Logistics order details (物流订单详情): everything about one parcel, its label and its history.</summary>
public sealed class DetailsModel(LogisticsOrderQuery packages) : PageModel
{
    public LogisticsOrderDetails Details { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var result = await packages.Get(id, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Details = result.Value;
        return Page();
    }
}
