namespace Fulfilment.Web.Pages.Shipping;

/// <summary>Step 3: the logistics order is created; its waybill number and what to do next.</summary>
public sealed class CreatedModel(LogisticsOrderQuery parcels) : PageModel
{
    public CreatedParcelView Created { get; private set; } = null!;

    public LogisticsOrderView Parcel => Created.Parcel;

    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var created = await parcels.Created(id, ct);
        if (!created.IsSuccess)
        {
            return NotFound();
        }

        Created = created.Value;
        return Page();
    }
}
