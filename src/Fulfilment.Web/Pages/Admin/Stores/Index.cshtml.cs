namespace Fulfilment.Web.Pages.Admin.Stores;

/// <summary>Stores and the time zone each works in; an admin changes one row at a time.</summary>
public sealed class IndexModel(StoreSettingsService stores, IStringLocalizer<AdminText> text) : PageModel
{
    public IReadOnlyList<StoreSettingsView> Stores { get; private set; } = [];

    /// <summary>The store whose row failed validation, with what was typed.</summary>
    public long? FailedStoreId { get; private set; }

    [BindProperty]
    public StoreSettingsRequest Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Stores = await stores.List(ct);

    public async Task<IActionResult> OnPostAsync(long id, CancellationToken ct)
    {
        if (ModelState.IsValid)
        {
            var result = await stores.Update(id, Input, ct);
            if (result.IsSuccess)
            {
                TempData["Success"] = text["{0} now works in {1}.", result.Value.Name, result.Value.TimeZoneLabel].Value;
                return RedirectToPage();
            }

            if (result.Problem.Code == Common.ProblemCodes.NotFound)
            {
                return NotFound();
            }

            ModelState.AddProblem(result.Problem);
        }

        FailedStoreId = id;
        Stores = await stores.List(ct);
        return Page();
    }
}
