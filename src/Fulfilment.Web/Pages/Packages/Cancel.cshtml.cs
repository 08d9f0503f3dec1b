using Fulfilment.Shipping.CancelLogisticsOrder;

namespace Fulfilment.Web.Pages.Packages;

/// <summary>Cancels a logistics order (a POST from its details page, confirmed first) and goes back to it.</summary>
public sealed class CancelModel(CancelLogisticsOrderHandler cancellation, IStringLocalizer<PackagesText> text) : PageModel
{
    public IActionResult OnGet(long id) => Redirect($"/Packages/{id}");

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        var result = await cancellation.Cancel(id, ct);
        if (!result.IsSuccess && result.Problem.Code == ProblemCodes.NotFound)
        {
            return NotFound();
        }

        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess
            ? text["Logistics order {0} cancelled; {1} refunded to your freight account.", result.Value.WaybillNumber, Infrastructure.Display.Money(result.Value.Charged)].Value
            : result.Problem.Message;
        return Redirect($"/Packages/{id}");
    }
}
