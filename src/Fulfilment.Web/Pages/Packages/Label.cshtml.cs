namespace Fulfilment.Web.Pages.Packages;

/// <summary>
/// One parcel's label: the PDF shown in the browser (to print from its viewer), or with <c>?format=zpl</c> the ZPL
/// text for a thermal printer. Every request is a recorded print.
/// </summary>
public sealed class LabelModel(LabelService labels) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, string? format, CancellationToken ct)
    {
        var result = await labels.Print(id, format, ct);
        if (!result.IsSuccess)
        {
            if (result.Problem.Code == ProblemCodes.NotFound)
            {
                return NotFound();
            }

            TempData["Error"] = result.Problem.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? result.Problem.Message;
            return RedirectToPage("Details", new { id });
        }

        return new LabelFileResult(result.Value, inline: result.Value.Format == LabelFormat.Pdf);
    }
}
