namespace Fulfilment.Web.Pages.Warehouse;

/// <summary>
/// What the inbound desk shows after a scan, in words: green (received), amber (already received, nothing changed)
/// or red (refused, with the reason). The scanner script gets it as JSON; without script the page renders it.
/// <c>Label</c> is the short word for the list of scans, <c>Title</c> the headline of the result panel.
/// </summary>
public sealed record InboundOutcome(
    string Outcome,
    string Label,
    string Title,
    string Detail,
    string? WaybillNumber,
    string? StoreName,
    int? WeightGrams,
    int? MeasuredWeightGrams,
    string? Adjustment,
    string At)
{
    public const string Received = "received";
    public const string AlreadyReceived = "alreadyReceived";
    public const string Refused = "refused";

    public static InboundOutcome From(Result<InboundScan> result, string? typedWaybill, IStringLocalizer<WarehouseText> text, PageTime time)
    {
        var at = time.Zone.ToLocal(DateTimeOffset.UtcNow).ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        if (!result.IsSuccess)
        {
            var detail = result.Problem.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Values.SelectMany(m => m)) : result.Problem.Message;
            return new(Refused, text["Refused"], text["Not received"], detail, typedWaybill?.Trim().ToUpperInvariant(), null, null, null, null, at);
        }

        var scan = result.Value;
        var parcel = scan.Parcel;
        if (scan.AlreadyReceived)
        {
            return new(AlreadyReceived, text["Already received"], text["Already received: nothing changed"], text["This parcel was scanned in on {0}.", time.When(parcel.ReceivedAt!.Value)],
                parcel.WaybillNumber, scan.StoreName, parcel.Parcel.WeightGrams, parcel.MeasuredWeightGrams, null, at);
        }

        var adjustment = scan.FreightAdjustment;
        var money = adjustment switch
        {
            > 0 => text["{0} freight charged to the seller for the extra weight.", Display.Money(adjustment)].Value,
            < 0 => text["{0} freight refunded to the seller for the lower weight.", Display.Money(-adjustment)].Value,
            _ => text["Freight unchanged."].Value,
        };
        return new(Received, text["Received"], text["Received"], money, parcel.WaybillNumber, scan.StoreName, parcel.Parcel.WeightGrams, parcel.MeasuredWeightGrams,
            adjustment == 0 ? null : (adjustment > 0 ? "+" : "−") + Display.Money(Math.Abs(adjustment)), at);
    }
}
