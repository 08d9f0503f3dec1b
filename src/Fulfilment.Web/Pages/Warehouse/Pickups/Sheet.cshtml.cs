namespace Fulfilment.Web.Pages.Warehouse.Pickups;

/// <summary>The pickup sheet: accepted requests still to collect, stop by stop, on paper for the driver.</summary>
public sealed class SheetModel(PickupRequestQuery pickups) : PageModel
{
    public PickupSheet Sheet { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Sheet = await pickups.Sheet(ct);
}
