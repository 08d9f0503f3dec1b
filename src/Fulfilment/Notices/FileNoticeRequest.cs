using FluentValidation;
using Fulfilment.Common;

namespace Fulfilment.Notices;

/// <summary>Fill in shipping notice (填写发货通知): which parcels of the order were handed over, and when.</summary>
public sealed record FileNoticeRequest
{
    public const int MaxParcels = 100;

    public IReadOnlyList<string>? WaybillNumbers { get; init; }

    /// <summary>When the parcels were handed over; now when omitted.</summary>
    public DateTimeOffset? ShippedAt { get; init; }
}

public sealed class FileNoticeRequestValidator : AbstractValidator<FileNoticeRequest>
{
    public FileNoticeRequestValidator(IClock clock)
    {
        RuleFor(r => r.WaybillNumbers)
            .Satisfies(w => w is { Count: > 0 }, RuleFacts.Items(min: 1) with { Required = true }).WithMessage(_ => Text.Get("Choose at least one parcel."))
            .Satisfies(w => w is null || w.Count <= FileNoticeRequest.MaxParcels, RuleFacts.Items(max: FileNoticeRequest.MaxParcels)).WithMessage(_ => Text.Format("At most {0} parcels per notice.", FileNoticeRequest.MaxParcels))
            .Must(w => w is null || w.All(n => !string.IsNullOrWhiteSpace(n) && n.Length <= 40)).WithMessage(_ => Text.Get("Each waybill number must be filled in."));

        // A minute of slack for clocks that disagree slightly.
        RuleFor(r => r.ShippedAt)
            .Must(at => at is null || at.Value <= clock.UtcNow.AddMinutes(1)).WithMessage(_ => Text.Get("The shipping time cannot be in the future."))
            .Must(at => at is null || at.Value >= Timestamps.Earliest).WithMessage(_ => Text.Get("The shipping time cannot be before the parcel was created."));
    }
}
