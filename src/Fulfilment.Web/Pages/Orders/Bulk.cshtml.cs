using Fulfilment.Shipping.BulkShip;

namespace Fulfilment.Web.Pages.Orders;

/// <summary>
/// Ship the orders selected in the inbox with their buyers' channels: a preview (each order's quote, or why it is
/// skipped, and the total), one confirmation, then a result per order. Works as plain form posts; the page's script
/// ships order by order to show progress (the same per-order keys), then asks for the same results page.
/// </summary>
public sealed class BulkModel(BulkShipService bulk) : PageModel
{
    [BindProperty]
    public BulkInput Input { get; set; } = new();

    public BulkShipPreview? Preview { get; private set; }

    public BulkShipResult? Result { get; private set; }

    /// <summary>No selection in the address: back to the inbox.</summary>
    public IActionResult OnGet() => Redirect("/Orders");

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        ModelState.Clear();
        return await ShowPreview(ct);
    }

    public async Task<IActionResult> OnPostShipAsync(CancellationToken ct)
    {
        var result = await bulk.Ship(Input.ToRequest(), Key(), ct);
        if (!result.IsSuccess)
        {
            ModelState.Clear();
            ModelState.AddProblem(result.Problem);
            return await ShowPreview(ct, keepKey: true);
        }

        Result = result.Value;
        return Page();
    }

    /// <summary>One order of the confirmed batch, for the page's script: its result row.</summary>
    public async Task<IActionResult> OnPostOneAsync(string? order, CancellationToken ct)
    {
        var result = await bulk.ShipOrder(Input.ToRequest(), order ?? "", Key(), ct);
        return result.IsSuccess
            ? Partial("_BulkResultRow", result.Value)
            : BadRequest();
    }

    private async Task<IActionResult> ShowPreview(CancellationToken ct, bool keepKey = false)
    {
        var preview = await bulk.Preview(Input.ToRequest(), ct);
        if (!preview.IsSuccess)
        {
            TempData["Error"] = preview.Problem.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? preview.Problem.Message;
            return Redirect("/Orders");
        }

        Preview = preview.Value;
        if (!keepKey || string.IsNullOrWhiteSpace(Input.BatchKey))
        {
            // A new key per preview shown: a double click or a resubmitted confirmation reuses it, so never ships twice.
            Input.BatchKey = Guid.NewGuid().ToString("N");
        }

        return Page();
    }

    private IdempotencyKey? Key() => IdempotencyKey.Parse(Input.BatchKey).IsSuccess ? IdempotencyKey.Parse(Input.BatchKey).Value : null;

    public string? Error(string field) => ModelState.TryGetValue($"Input.{field}", out var entry) && entry.Errors.Count > 0 ? entry.Errors[0].ErrorMessage : null;

    public sealed class BulkInput
    {
        public List<string> Orders { get; set; } = [];

        public GoodsType GoodsType { get; set; } = GoodsType.General;

        /// <summary>Return preselected, as on the single logistics order form.</summary>
        public UndeliverableHandling Undeliverable { get; set; } = UndeliverableHandling.Return;

        public bool AgreementAccepted { get; set; }

        /// <summary>The version of the agreement the page showed (the form posted it before it was read).</summary>
        public string? AgreementVersion { get; set; }

        public string? BatchKey { get; set; }

        public BulkShipRequest ToRequest() => new()
        {
            OrderNumbers = Orders,
            GoodsType = GoodsType,
            Undeliverable = Undeliverable,
            AgreementAccepted = AgreementAccepted,
            AgreementVersion = AgreementVersion,
        };
    }
}
