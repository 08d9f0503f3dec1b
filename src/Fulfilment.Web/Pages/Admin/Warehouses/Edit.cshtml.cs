namespace Fulfilment.Web.Pages.Admin.Warehouses;

/// <summary>Creates or edits a warehouse: kind, address, service area (one city or postal-code prefix per line).</summary>
public sealed class EditModel(WarehouseAdminService warehouses, IStringLocalizer<AdminText> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public WarehouseRequest Input { get; set; } = new() { Kind = WarehouseKind.Collection };

    [BindProperty]
    public string? Cities { get; set; }

    [BindProperty]
    public string? PostalCodePrefixes { get; set; }

    public bool IsNew => Code is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Code is not null)
        {
            var warehouse = await warehouses.Get(Code, ct);
            if (!warehouse.IsSuccess)
            {
                return NotFound();
            }

            Input = warehouse.Value.ToRequest();
            Cities = string.Join('\n', warehouse.Value.ServiceArea.Cities);
            PostalCodePrefixes = string.Join('\n', warehouse.Value.ServiceArea.PostalCodePrefixes);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = Input with { ServiceArea = new ServiceAreaRequest { Cities = Lines(Cities), PostalCodePrefixes = Lines(PostalCodePrefixes) } };
        var result = IsNew ? await warehouses.Create(request, ct) : await warehouses.Update(Code!, request, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddProblem(result.Problem);
            return Page();
        }

        TempData["Success"] = text["Warehouse {0} saved.", result.Value.Code].Value;
        return RedirectToPage("Index");
    }

    // One entry per line; commas and the Chinese enumeration comma separate too.
    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split(['\n', ',', '，', '、', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
