namespace Fulfilment.Web.Pages.Packages;

/// <summary>International small packages (国际小包): the store's parcels, filters, and batch label printing.</summary>
public sealed class IndexModel(LogisticsOrderQuery packages, LabelService labels) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? OrderNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? WaybillNumber { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Unprinted { get; set; }

    /// <summary>The page number (<c>?p=2</c>; "page" is taken by Razor Pages' own routing).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public LogisticsOrderOverview Overview { get; private set; } = null!;

    public bool Filtered => !string.IsNullOrWhiteSpace(OrderNumber) || !string.IsNullOrWhiteSpace(WaybillNumber) || !string.IsNullOrWhiteSpace(Status) || Unprinted;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await packages.Overview(Query(), ct);
        if (!result.IsSuccess)
        {
            // An unknown status in the address: say so and show every status instead.
            ModelState.AddProblem(result.Problem, "");
            Status = null;
            result = await packages.Overview(Query(), ct);
        }

        Overview = result.Value;
        return Page();
    }

    /// <summary>
    /// The selected parcels' labels as one file, a PDF or (<paramref name="format"/> <c>zpl</c>) one ZPL document for
    /// a thermal printer (the page's script downloads it with progress).
    /// </summary>
    public async Task<IActionResult> OnPostLabelsAsync(long[] ids, string? format, CancellationToken ct)
    {
        var result = await labels.PrintBatch(new LabelBatchRequest(ids, format), ct);
        if (result.IsSuccess)
        {
            return new LabelFileResult(result.Value, inline: false);
        }

        TempData["Error"] = result.Problem.Errors?.Values.SelectMany(m => m).FirstOrDefault() ?? result.Problem.Message;
        return RedirectToPage(Filters());
    }

    /// <summary>The current filters as route values, with changes (for tab, filter and pager links).</summary>
    public Dictionary<string, string?> Filters(string? status = "", bool? unprinted = null, int? page = null) => new()
    {
        ["OrderNumber"] = OrderNumber,
        ["WaybillNumber"] = WaybillNumber,
        ["Status"] = status == "" ? Status : status,
        ["Unprinted"] = (unprinted ?? Unprinted) ? "true" : null,
        ["p"] = page is > 1 ? page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
    };

    private LogisticsOrderFilter Query() => new(OrderNumber, WaybillNumber, Status, Unprinted, PageNumber);
}
