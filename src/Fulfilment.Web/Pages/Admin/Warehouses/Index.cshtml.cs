namespace Fulfilment.Web.Pages.Admin.Warehouses;

/// <summary>Warehouses: the list, switching one in or out of service, and designating the default transit warehouse.</summary>
public sealed class IndexModel(WarehouseAdminService warehouses, IStringLocalizer<AdminText> text) : PageModel
{
    /// <summary>The page of the list shown (<c>?p=2</c>), as the API pages it.</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public Paged<WarehouseView> List { get; private set; } = new([], 0, 1, PageRequest.DefaultSize);

    public IReadOnlyList<WarehouseView> Warehouses => List.Items;

    public async Task OnGetAsync(CancellationToken ct) => List = await warehouses.List(new PageRequest(PageNumber, PageRequest.DefaultSize), ct);

    public async Task<IActionResult> OnPostActiveAsync(string code, bool active, CancellationToken ct) =>
        !ModelState.IsValid ? BadRequest() : Done(await warehouses.SetActive(code, active, ct), active ? text["Warehouse {0} is active.", code] : text["Warehouse {0} is deactivated.", code]);

    public async Task<IActionResult> OnPostDefaultAsync(string code, CancellationToken ct) =>
        Done(await warehouses.MakeDefaultTransit(code, ct), text["Self-sends now go to {0}.", code]);

    private RedirectToPageResult Done(Result<WarehouseView> result, LocalizedString message)
    {
        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess ? message.Value : result.Problem.Message;
        return RedirectToPage();
    }
}
