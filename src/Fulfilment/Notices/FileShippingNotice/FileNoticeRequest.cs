namespace Fulfilment.Notices.FileShippingNotice;

/// <summary>
/// Fill in shipping notice (填写发货通知): which online parcels of the order were handed over (confirming the handover of
/// those no warehouse has received yet), which shipments the seller sent by its own carrier, and when.
/// </summary>
public sealed record FileNoticeRequest
{
    public const int MaxParcels = 100;
    public const int MaxExternalShipments = 20;

    public IReadOnlyList<string>? WaybillNumbers { get; init; }

    /// <summary>
    /// The seller confirms the listed parcels are packed and handed to the carrier. Required (true) when one of them has
    /// not been received by a warehouse yet; otherwise <c>409 not_handed_over</c>.
    /// </summary>
    public bool? HandedOver { get; init; }

    /// <summary>Shipments sent by the seller's own carrier; their units count as shipped.</summary>
    public IReadOnlyList<ExternalShipmentRequest>? ExternalShipments { get; init; }

    /// <summary>When the parcels were handed over; now when omitted.</summary>
    public DateTimeOffset? ShippedAt { get; init; }
}

/// <summary>A shipment sent by the seller's own carrier; its lines left out (null) mean every unit that remains.</summary>
public sealed record ExternalShipmentRequest
{
    public const int CarrierNameLength = 100;
    public const int TrackingNumberLength = 60;
    public const int TrackingUrlLength = 500;

    public string? CarrierName { get; init; }
    public string? TrackingNumber { get; init; }
    public string? TrackingUrl { get; init; }
    public IReadOnlyList<ExternalShipmentLineRequest>? Lines { get; init; }

    /// <summary>An absolute http or https address.</summary>
    public static bool IsWebAddress(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && uri.Host.Length > 0;
}

public sealed record ExternalShipmentLineRequest
{
    public string? Sku { get; init; }
    public int? Quantity { get; init; }
}

public sealed class FileNoticeRequestValidator : AbstractValidator<FileNoticeRequest>
{
    public FileNoticeRequestValidator(IClock clock)
    {
        RuleFor(r => r.WaybillNumbers)
            .Satisfies((r, w) => w is { Count: > 0 } || r.ExternalShipments is { Count: > 0 }, RuleFacts.Items())
            .WithMessage(_ => Text.Get("Choose at least one parcel, or declare a shipment sent by your own carrier."))
            .Satisfies(w => w is null || w.Count <= FileNoticeRequest.MaxParcels, RuleFacts.Items(max: FileNoticeRequest.MaxParcels)).WithMessage(_ => Text.Format("At most {0} parcels per notice.", FileNoticeRequest.MaxParcels))
            .Must(w => w is null || w.All(n => !string.IsNullOrWhiteSpace(n) && n.Length <= 40)).WithMessage(_ => Text.Get("Each waybill number must be filled in."));

        RuleFor(r => r.ExternalShipments)
            .Satisfies(s => s is null || s.Count <= FileNoticeRequest.MaxExternalShipments, RuleFacts.Items(max: FileNoticeRequest.MaxExternalShipments))
            .WithMessage(_ => Text.Format("At most {0} shipments per notice.", FileNoticeRequest.MaxExternalShipments));
        RuleForEach(r => r.ExternalShipments).SetValidator(new ExternalShipmentRequestValidator());

        // A minute of slack for clocks that disagree slightly.
        RuleFor(r => r.ShippedAt)
            .Must(at => at is null || at.Value <= clock.UtcNow.AddMinutes(1)).WithMessage(_ => Text.Get("The shipping time cannot be in the future."))
            .Must(at => at is null || at.Value >= Timestamps.Earliest).WithMessage(_ => Text.Get("The shipping time cannot be before the parcel was created."));
    }
}

public sealed class ExternalShipmentRequestValidator : AbstractValidator<ExternalShipmentRequest>
{
    public ExternalShipmentRequestValidator()
    {
        RuleFor(s => s.CarrierName).RequiredText(ExternalShipmentRequest.CarrierNameLength);
        RuleFor(s => s.TrackingNumber).RequiredText(ExternalShipmentRequest.TrackingNumberLength);
        RuleFor(s => s.TrackingUrl)
            .OptionalText(ExternalShipmentRequest.TrackingUrlLength)
            .Must(url => string.IsNullOrWhiteSpace(url) || ExternalShipmentRequest.IsWebAddress(url))
            .WithMessage(_ => Text.Get("Enter the full web address of the tracking page, starting with http:// or https://."));
        RuleFor(s => s.Lines)
            .Must(l => l is null || l.Count is > 0 and <= 100)
            .WithMessage(_ => Text.Get("List at least one product line, or leave the lines out to ship all that remain."));
        RuleForEach(s => s.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.Sku).RequiredText(64);
            line.RuleFor(l => l.Quantity)
                .NotNull().WithMessage(_ => Text.Get("Required."))
                .InclusiveBetween(1, 100_000).WithMessage(_ => Text.Get("Enter how many units this shipment holds: 1 or more."));
        });
    }
}
