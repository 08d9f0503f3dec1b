using System.Text.RegularExpressions;
using Fulfilment.Common;
using Fulfilment.Shipping;

namespace Fulfilment.Web.Pages.Shipping;

/// <summary>
/// Between the logistics order form and the request: the form lists every remaining line (quantity 0 = not in this
/// parcel) and shows the recipient fields only when "Modify recipient info" is ticked.
/// </summary>
internal static partial class CreateFormInput
{
    /// <summary>The form's defaults: everything that remains, its weight and value, the default sender, automatic handover.</summary>
    public static CreateLogisticsOrderRequest Defaults(CreateFormView form, bool confirmMismatch)
    {
        var lines = form.Order.Lines.Where(l => l.RemainingQuantity > 0).ToList();
        return new CreateLogisticsOrderRequest
        {
            ChannelCode = form.Channel.ChannelCode,
            GoodsType = form.GoodsType,
            ConfirmChannelMismatch = confirmMismatch,
            SenderAddressId = form.Senders.Count > 0 ? form.Senders[0].Address.Id : null,
            Parcel = new ParcelRequest
            {
                WeightGrams = form.Order.RemainingWeightGrams,
                DeclaredValue = lines.Sum(l => Money.Round(l.UnitPrice * l.RemainingQuantity)),
                ContentsDescription = ParcelRequest.ContentsFrom(lines.Select(l => l.Title).Where(t => CreateLogisticsOrderRequestValidator.IsEnglish(t))),
                CustomsCategory = CustomsCategory.SaleOfGoods,
            },
            Lines = [.. lines.Select(l => new ParcelLineRequest
            {
                Sku = l.Sku,
                Quantity = l.RemainingQuantity,
                Description = CreateLogisticsOrderRequestValidator.IsEnglish(l.Title) ? l.Title : null,
                Value = Money.Round(l.UnitPrice * l.RemainingQuantity),
                OriginCountry = form.OriginCountry,
            })],
            Handover = HandoverChoice.Auto,
        };
    }

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
        problem.Code is ProblemCodes.InsufficientBalance or ProblemCodes.DeductionDeclined && problem.Extensions?.GetValueOrDefault("missingAmount") is decimal missing
            ? (missing, problem.Message, problem.Code == ProblemCodes.DeductionDeclined)
            : null;

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
