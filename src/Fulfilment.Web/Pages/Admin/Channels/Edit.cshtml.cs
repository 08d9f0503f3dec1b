namespace Fulfilment.Web.Pages.Admin.Channels;

/// <summary>Creates or edits a channel with its rate card, and previews a quote from the form as it stands.</summary>
public sealed class EditModel(ChannelAdminService channels, IStringLocalizer<AdminText> text) : PageModel
{
    private static readonly string[] QuoteFields = [nameof(QuoteRequest.CountryCode), nameof(QuoteRequest.WeightGrams), nameof(QuoteRequest.GoodsType)];

    [BindProperty(SupportsGet = true)]
    public string? Code { get; set; }

    [BindProperty]
    public ChannelRequest Input { get; set; } = new() { GoodsTypes = [GoodsType.General], Rates = [new() { CountryCode = ChannelRate.AnyCountry, MinChargeableGrams = 0 }] };

    [BindProperty]
    public QuoteRequest Quote { get; set; } = new() { CountryCode = "US", WeightGrams = 500 };

    public QuotePreview? Preview { get; private set; }

    public bool IsNew => Code is null;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (Code is not null)
        {
            var channel = await channels.Get(Code, ct);
            if (!channel.IsSuccess)
            {
                return NotFound();
            }

            Input = channel.Value.ToRequest();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = IsNew ? await channels.Create(Input, ct) : await channels.Update(Code!, Input, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddProblem(result.Problem);
            return Page();
        }

        TempData["Success"] = text["Channel {0} saved. Sellers are quoted with it from now on.", result.Value.Code].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostPreviewAsync(CancellationToken ct)
    {
        var result = await channels.Preview(Input, Quote, ct);
        if (Request.Headers.Accept.ToString().Contains("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return new JsonResult(result.IsSuccess
                ? new { ok = result.Value.Eligible, preview = (QuotePreview?)result.Value, message = result.Value.Reason }
                : new { ok = false, preview = (QuotePreview?)null, message = (string?)string.Join(" ", result.Problem.Errors?.SelectMany(e => e.Value) ?? [result.Problem.Message]) });
        }

        if (result.IsSuccess)
        {
            Preview = result.Value;
        }
        else
        {
            var forQuote = result.Problem.Errors?.Keys.All(QuoteFields.Contains) == true;
            ModelState.AddProblem(result.Problem, forQuote ? nameof(Quote) : nameof(Input));
        }

        return Page();
    }
}
