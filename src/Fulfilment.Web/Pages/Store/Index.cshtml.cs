namespace Fulfilment.Web.Pages.Store;

/// <summary>Store settings: the time zone the store works in (its "today" and every time its pages show).</summary>
public sealed class IndexModel(StoreSettingsService stores, IStringLocalizer<SharedText> text) : PageModel
{
    public StoreSettingsView Store { get; private set; } = null!;

    [BindProperty]
    public StoreSettingsRequest Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var store = await stores.Mine(ct);
        if (!store.IsSuccess)
        {
            return NotFound();
        }

        Store = store.Value;
        Input = new StoreSettingsRequest { TimeZone = Store.TimeZone };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await stores.UpdateMine(Input, ct);
            if (result.IsSuccess)
            {
                TempData["Success"] = text["Store settings saved: times are now shown in {0}.", result.Value.TimeZoneLabel].Value;
                return RedirectToPage();
            }

            ModelState.AddProblem(result.Problem);
        }

        Store = (await stores.Mine(ct)).Value;
        return Page();
    }
}
