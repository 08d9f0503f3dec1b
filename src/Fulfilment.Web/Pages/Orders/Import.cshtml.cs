namespace Fulfilment.Web.Pages.Orders;

/// <summary>
/// CSV import in two steps: upload → preview (every error by line, duplicates marked) → import. The previewed file
/// travels in the form, and the import checks it again from scratch, so nothing the browser sends is trusted.
/// </summary>
public sealed class ImportModel(OrderIntakeService intake, IStringLocalizer<OrdersText> text) : PageModel
{
    [BindProperty]
    public IFormFile? Upload { get; set; }

    /// <summary>The previewed file (base64), carried to the import step.</summary>
    [BindProperty]
    public string? FileContent { get; set; }

    [BindProperty]
    public string? FileName { get; set; }

    public CsvPreview? Preview { get; private set; }

    public void OnGet()
    {
    }

    public IActionResult OnGetSample() =>
        File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(intake.SampleCsv())).ToArray(), "text/csv", "orders-sample.csv");

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        if (Upload is not { Length: > 0 })
        {
            ModelState.AddModelError(nameof(Upload), text["Choose a CSV file to upload."]);
            return Page();
        }

        // A file over the limit is refused as it is, without reading it into the page (it would travel back in the form).
        if (Upload.Length > OrderIntakeService.MaxFileBytes)
        {
            ModelState.AddModelError(nameof(Upload), text["The file is larger than {0} MB: split it into several files.", OrderIntakeService.MaxFileBytes / 1024 / 1024]);
            return Page();
        }

        using var buffer = new MemoryStream();
        await Upload.OpenReadStream().CopyToAsync(buffer, ct);
        var bytes = buffer.ToArray();
        Preview = await intake.PreviewCsv(Upload.FileName, bytes, ct);
        FileContent = Convert.ToBase64String(bytes);
        FileName = Preview.FileName;
        return Page();
    }

    public async Task<IActionResult> OnPostImportAsync(CancellationToken ct)
    {
        var bytes = Decode(FileContent);
        if (bytes.Length > OrderIntakeService.MaxFileBytes)
        {
            TempData["Error"] = text["The file is larger than {0} MB: split it into several files.", OrderIntakeService.MaxFileBytes / 1024 / 1024].Value;
            return RedirectToPage();
        }

        var result = await intake.ImportCsv(FileName ?? "", bytes, ct);
        if (!result.IsSuccess)
        {
            TempData["Error"] = result.Problem.Message;
            return RedirectToPage();
        }

        var done = result.Value;
        TempData["Success"] = done.SkippedDuplicates == 0
            ? text["{0} orders imported from {1}.", done.Imported, done.FileName].Value
            : text["{0} orders imported from {1}; {2} skipped: already in your store.", done.Imported, done.FileName, done.SkippedDuplicates].Value;
        if (done.Imported == 1 && done.SkippedDuplicates == 0)
        {
            TempData["Success"] = text["1 order imported from {0}.", done.FileName].Value;
        }

        return Redirect("/Orders?status=AwaitingShipment");
    }

    private static byte[] Decode(string? base64)
    {
        var buffer = new byte[((base64?.Length ?? 0) * 3 / 4) + 3];
        return Convert.TryFromBase64String(base64 ?? "", buffer, out var written) ? buffer[..written] : [];
    }
}
