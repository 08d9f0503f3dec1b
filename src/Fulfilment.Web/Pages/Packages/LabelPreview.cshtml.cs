namespace Fulfilment.Web.Pages.Packages;

/// <summary>
/// One parcel's label as an SVG picture for the details page: the same layout as the PDF, and not a print (nothing is
/// recorded). Another store's parcel, or a cancelled one, is 404 (the picture has nothing to show).
/// </summary>
public sealed class LabelPreviewModel(LabelService labels) : PageModel
{
    public async Task<IActionResult> OnGetAsync(long id, CancellationToken ct)
    {
        var result = await labels.Preview(id, ct);
        return result.IsSuccess ? Content(result.Value, SvgLabelPreview.ContentType) : NotFound();
    }
}
