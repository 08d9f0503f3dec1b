using Fulfilment.Warehouses.DecidePickupRequest;

namespace Fulfilment.Web.Pages.Warehouse.Pickups;

/// <summary>The warehouse's pickup requests by stop: accept, or reject with a reason; tabs by status.</summary>
public sealed class IndexModel(PickupRequestQuery pickups, DecidePickupRequestHandler decisions, IStringLocalizer<WarehouseText> text) : PageModel
{
    public PickupBoard Board { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public PickupRequestStatus Status { get; set; } = PickupRequestStatus.Pending;

    [BindProperty]
    public string? Reason { get; set; }

    /// <summary>The requests whose rejection failed validation, so their form opens again with the message.</summary>
    public IReadOnlyList<long> FailedIds { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Board = await pickups.Board(Status, ct);

    public async Task<IActionResult> OnPostAcceptAsync(long[] ids, CancellationToken ct) =>
        Done(await decisions.Accept(ids, ct), text["Accepted. Parcels added to the pickup sheet: {0}."]);

    public async Task<IActionResult> OnPostRejectAsync(long[] ids, CancellationToken ct)
    {
        var result = await decisions.Reject(ids, new PickupRejection { Reason = Reason }, ct);
        if (result.Problem is { Code: ProblemCodes.ValidationFailed } invalid)
        {
            ModelState.AddProblem(invalid, prefix: "");
            FailedIds = ids;
            Status = PickupRequestStatus.Pending;
            Board = await pickups.Board(Status, ct);
            return Page();
        }

        return Done(result, text["Rejected. The seller sees your reason and will self-send to the transit warehouse. Parcels: {0}."]);
    }

    private RedirectToPageResult Done(Result<IReadOnlyList<PickupRequestView>> result, LocalizedString message)
    {
        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess ? string.Format(message.Value, result.Value.Count) : result.Problem.Message;
        return RedirectToPage(new { status = PickupRequestStatus.Pending });
    }
}

/// <summary>One reject form: the requests it rejects, its element id, and whether it opens showing a failed try.</summary>
public sealed record RejectFormModel(IReadOnlyList<long> Ids, string Id, bool Open);
