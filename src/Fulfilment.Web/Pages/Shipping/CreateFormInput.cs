namespace Fulfilment.Web.Pages.Shipping;

/// <summary>
/// Between the logistics order form and the request: the form lists every remaining line (quantity 0 = not in this
/// parcel) and its recipient counts only once "Modify recipient info" was saved. The defaults come from the service.
/// </summary>
internal static partial class CreateFormInput
{
    /// <summary>The request the form stands for, and for each request line the index it had on the form.</summary>
    public static (CreateLogisticsOrderRequest Request, int[] FormIndex) ToRequest(CreateLogisticsOrderRequest input, bool modifyRecipient)
    {
        var kept = (input.Lines ?? []).Select((line, index) => (line, index)).Where(x => x.line.Quantity is not 0).ToList();
        var request = input with
        {
            Recipient = modifyRecipient ? input.Recipient ?? new Address() : null,
            Lines = [.. kept.Select(x => x.line)],
            PickupWarehouseCode = input.Handover == HandoverChoice.RequestPickup ? input.PickupWarehouseCode : null,
        };
        return (request, [.. kept.Select(x => x.index)]);
    }

    /// <summary>
    /// A withholding the bound account refused (not enough funds, or declined), shown with what to do (rebind another
    /// account, or add prepaid credit) rather than as a field error.
    /// </summary>
    public static (decimal Missing, string Message, bool Declined)? Shortfall(Problem problem) =>
        problem.Code is ProblemCodes.InsufficientBalance or ProblemCodes.DeductionDeclined && problem.Data is InsufficientBalance shortfall
            ? (shortfall.Missing, problem.Message, problem.Code == ProblemCodes.DeductionDeclined)
            : null;

    /// <summary>
    /// The form's line rows, one per order line with units left, in the order's line order: the posted line with the
    /// same SKU (its blanks filled from the order), else the order's defaults (every remaining unit, the line's value,
    /// the channel's origin country).
    /// </summary>
    public static List<ParcelLineRequest> Rows(CreateFormView form, List<ParcelLineRequest>? posted) =>
    [
        .. form.Order.Lines.Where(l => l.RemainingQuantity > 0).Select(item => posted?.FirstOrDefault(l => l.Sku == item.Sku) is { } line
            ? line with
            {
                Sku = item.Sku,
                Quantity = line.Quantity ?? item.RemainingQuantity,
                Value = line.Value ?? form.Preview.Lines.FirstOrDefault(p => p.Sku == item.Sku)?.Value,
                OriginCountry = line.OriginCountry ?? form.OriginCountry,
            }
            : new ParcelLineRequest
            {
                Sku = item.Sku,
                Quantity = item.RemainingQuantity,
                Value = form.Preview.Lines.FirstOrDefault(p => p.Sku == item.Sku)?.Value,
                OriginCountry = form.OriginCountry,
            }),
    ];

    /// <summary>Puts line errors back under the form's own line rows.</summary>
    public static Problem ToForm(Problem problem, int[] formIndex) => problem.Errors is null
        ? problem.Code == ProblemCodes.IdempotencyKeyReused
            ? problem with { Message = Text.Get("This form was already submitted with other values. Check the order's parcels first; submitting again now creates a new parcel.") }
            : problem
        : problem with
        {
            Errors = problem.Errors.ToDictionary(
                e => LineIndex().Replace(e.Key, m => int.TryParse(m.Groups[1].ValueSpan, out var i) && i < formIndex.Length ? $"Lines[{formIndex[i]}]" : m.Value),
                e => e.Value),
        };

    [GeneratedRegex(@"^Lines\[(\d+)\]")]
    private static partial Regex LineIndex();
}
