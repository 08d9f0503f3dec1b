namespace Fulfilment.Web.Pages.FreightAccount;

/// <summary>Bind or rebind the freight deduction account, top it up, and read its ledger.</summary>
public sealed class IndexModel(FreightAccountService accounts, IStringLocalizer<FreightAccountText> text) : PageModel
{
    public const int LedgerPageSize = 20;

    public FreightAccountOverview Overview { get; private set; } = null!;

    [BindProperty]
    public BindAccountRequest Bind { get; set; } = new() { Method = PaymentMethod.Alipay };

    [BindProperty]
    public TopUpRequest TopUp { get; set; } = new();

    /// <summary>Generated into the top-up form at every render, so a double-click or a resubmission tops up once.</summary>
    [BindProperty]
    public string? IdempotencyKey { get; set; }

    /// <summary><c>unbound</c> when online shipping sent the seller here to bind first.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Reason { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int LedgerPage { get; set; } = 1;

    public bool SentToBind => Reason == "unbound" && !Overview.Account.IsBound;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await Load(ct);
        if (Overview.Account.IsBound)
        {
            Bind = new BindAccountRequest { Method = Overview.Account.Method, HolderName = Overview.Account.HolderName };
        }
    }

    public async Task<IActionResult> OnPostBindAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await Reload(ct);
        }

        var result = await accounts.Bind(Bind, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddProblem(result.Problem, nameof(Bind));
            return await Reload(ct);
        }

        TempData["Success"] = text["Freight deduction account bound: {0}.", result.Value.AccountMasked!].Value;
        return ReturnUrl is { Length: > 0 } back && Url.IsLocalUrl(back) ? LocalRedirect(back) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostTopUpAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            return await Reload(ct);
        }

        var key = Idempotency.IdempotencyKey.Parse(IdempotencyKey);
        var result = key.IsSuccess ? await accounts.TopUp(TopUp, key.Value, ct) : Result<TopUpResult>.Failure(key.Problem);
        if (!result.IsSuccess)
        {
            ModelState.AddProblem(result.Problem, nameof(TopUp));
            return await Reload(ct);
        }

        TempData["Success"] = text["{0} added. The balance is now {1}.", Display.Money(result.Value.Amount), Display.Money(result.Value.Balance)].Value;
        return RedirectToPage(new { Reason = (string?)null, ReturnUrl = (string?)null, p = (int?)null });
    }

    private async Task<IActionResult> Reload(CancellationToken ct)
    {
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        Overview = await accounts.Overview(new PageRequest(LedgerPage, LedgerPageSize), ct);
        IdempotencyKey = Guid.NewGuid().ToString("N");
    }
}
