namespace Fulfilment.Warehouses;

/// <summary>Why the warehouse will not collect: the seller reads it on the parcel and the order's timeline.</summary>
public sealed record PickupRejection
{
    public const int ReasonLength = 500;

    public string? Reason { get; init; }
}

public sealed class PickupRejectionValidator : AbstractValidator<PickupRejection>
{
    public PickupRejectionValidator() => RuleFor(r => r.Reason).RequiredText(PickupRejection.ReasonLength);
}
