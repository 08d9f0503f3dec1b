namespace Fulfilment.Warehouses.ReceiveParcel;

/// <summary>One scan at the inbound desk: the waybill as the scanner read it, and what the scale says.</summary>
public sealed record InboundScanRequest
{
    /// <summary>Heavier than any small parcel a channel carries; a typo guard, not a channel limit.</summary>
    public const int MaxMeasuredGrams = 100_000;

    public string? WaybillNumber { get; init; }

    public int? MeasuredWeightGrams { get; init; }
}

public sealed class InboundScanRequestValidator : AbstractValidator<InboundScanRequest>
{
    public InboundScanRequestValidator()
    {
        RuleFor(r => r.WaybillNumber)
            .Satisfies(v => !string.IsNullOrWhiteSpace(v), RuleFacts.NotBlank).WithMessage(_ => Text.Get("Required."))
            .Satisfies(v => string.IsNullOrWhiteSpace(v) || Waybill.IsValid(Waybill.Normalize(v)), RuleFacts.Matching(Waybill.Pattern))
            .WithMessage(_ => Text.Get("This is not a waybill number: two letters, nine digits with a valid check digit, two letters (e.g. LP000000014CN)."));
        RuleFor(r => r.MeasuredWeightGrams)
            .NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(1, InboundScanRequest.MaxMeasuredGrams)
            .WithMessage(_ => Text.Format("Enter the measured weight in grams, from 1 to {0}.", InboundScanRequest.MaxMeasuredGrams));
    }
}

/// <summary>
/// What a scan did: the parcel as it now is, whether it had already been received (then nothing changed), and the
/// freight difference the measured weight caused (positive charged to the seller, negative refunded, zero none).
/// </summary>
public sealed record InboundScan(LogisticsOrderView Parcel, bool AlreadyReceived, decimal FreightAdjustment, string StoreName);
