namespace Fulfilment.Web.Pages.Warehouse;

/// <summary>
/// The inbound desk, built for a barcode scanner. The page's script posts each scan and gets the outcome as JSON,
/// keeping this session's scans in the browser tab; without script the form posts and the page shows the outcome.
/// Posting the same scan twice is harmless (a second scan changes nothing), so no redirect is needed after it.
/// </summary>
public sealed class InboundModel(ReceiveParcelHandler inbound, IStringLocalizer<WarehouseText> text, PageTime time) : PageModel
{
    [BindProperty]
    public InboundScanRequest Input { get; set; } = new();

    public InboundOutcome? Outcome { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await inbound.Scan(Input, null, ct);
        Outcome = InboundOutcome.From(result, Input.WaybillNumber, text, time);
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonResult(Outcome);
        }

        // The outcome panel says what happened (field messages included); the fields start empty for the next parcel.
        ModelState.Clear();
        Input = new InboundScanRequest();
        return Page();
    }
}
