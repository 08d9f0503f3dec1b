namespace Fulfilment.Web.Pages.Warehouse;

/// <summary>Today at the warehouse: parcels to collect, self-sends on their way, and what was received today.</summary>
public sealed class IndexModel(WarehouseTodayService today) : PageModel
{
    public WarehouseToday Today { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct) => Today = await today.Today(ct);
}
