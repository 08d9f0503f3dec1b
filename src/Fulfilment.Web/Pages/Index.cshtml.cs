using Fulfilment.Dashboard;

namespace Fulfilment.Web.Pages;

/// <summary>Each role's home: what is waiting, and the next thing to do.</summary>
public sealed class IndexModel(DashboardService dashboard, ICurrentActor actor) : PageModel
{
    public SellerDashboard? Seller { get; private set; }
    public WarehouseDashboard? Warehouse { get; private set; }
    public AdminDashboard? Admin { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        switch (actor.Role)
        {
            case Roles.Seller:
                Seller = await dashboard.ForSeller(ct);
                break;
            case Roles.WarehouseStaff:
                Warehouse = await dashboard.ForWarehouse(actor, ct);
                break;
            case Roles.Admin:
                Admin = await dashboard.ForAdmin(ct);
                break;
        }
    }
}
