using Fulfilment.SenderAddresses;

namespace Fulfilment.Web.Pages.SenderAddresses;

/// <summary>The sender address book: the list, and one form that adds or edits.</summary>
public sealed class IndexModel(SenderAddressService addresses, IStringLocalizer<OrdersText> text) : PageModel
{
    public IReadOnlyList<SenderAddressView> Addresses { get; private set; } = [];

    [BindProperty]
    public SenderAddressRequest Input { get; set; } = new() { CountryCode = "CN" };

    [BindProperty(SupportsGet = true)]
    public long? Edit { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Addresses = await addresses.List(ct);
        if (Edit is { } id)
        {
            var existing = Addresses.FirstOrDefault(a => a.Id == id);
            if (existing is null)
            {
                return NotFound();
            }

            Input = existing.ToRequest();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            // The checkbox cannot show a value that is not a boolean; its message stays, the box comes back unticked.
            if (ModelState.GetFieldValidationState("Input.IsDefault") == Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid)
            {
                ModelState.SetModelValue("Input.IsDefault", false, "false");
            }

            Addresses = await addresses.List(ct);
            return Page();
        }

        var result = Edit is { } id ? await addresses.Update(id, Input, ct) : await addresses.Add(Input, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddProblem(result.Problem);
            Addresses = await addresses.List(ct);
            return Page();
        }

        TempData["Success"] = text["Sender address saved."].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDefaultAsync(long id, CancellationToken ct) =>
        Done(await addresses.MakeDefault(id, ct), text["Default sender address changed."]);

    public async Task<IActionResult> OnPostDeleteAsync(long id, CancellationToken ct) =>
        Done(await addresses.Delete(id, ct), text["Sender address deleted."]);

    private IActionResult Done<T>(Common.Result<T> result, string message)
    {
        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess ? message : result.Problem.Message;
        return RedirectToPage(new { Edit = (long?)null });
    }
}
