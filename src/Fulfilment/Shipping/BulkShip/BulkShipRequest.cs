namespace Fulfilment.Shipping.BulkShip;

/// <summary>
/// Ship several orders with the channel each buyer chose (批量线上发货): the orders, and what the seller decides once for
/// all of them. Each order gets the logistics order form's defaults (every remaining unit, the default sender and the
/// handover it allows; see <see cref="BulkShipPlan"/>).
/// </summary>
public sealed record BulkShipRequest
{
    /// <summary>At most this many orders in one batch (a page of the inbox is 20; a preview of 100 stays quick).</summary>
    public const int MaxOrders = 100;

    /// <summary>The store's order numbers, each once: 1 to 100 of them.</summary>
    public List<string>? OrderNumbers { get; set; }

    /// <summary>The goods type of every parcel; General when left out.</summary>
    public GoodsType? GoodsType { get; set; }

    /// <summary>What happens to an undeliverable parcel: Return (the channel's return service fee is added) or Destroy.</summary>
    public UndeliverableHandling? Undeliverable { get; set; }

    /// <summary>Must be true to ship (not for a preview): the seller accepts the Online Shipping User Agreement.</summary>
    public bool AgreementAccepted { get; set; }

    /// <summary>The version of the agreement the seller read (optional; the current one when left out).</summary>
    public string? AgreementVersion { get; set; }

    /// <summary>The order numbers as the batch ships them: trimmed, in the given order.</summary>
    public IReadOnlyList<string> Numbers() => [.. (OrderNumbers ?? []).Select(n => n?.Trim() ?? "")];
}

/// <summary>What a batch must be before any order is looked at (the same for preview and shipping).</summary>
public sealed class BulkShipRequestValidator : AbstractValidator<BulkShipRequest>
{
    public BulkShipRequestValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(r => r.OrderNumbers)
            .Satisfies(n => n is { Count: > 0 }, RuleFacts.Items(min: 1) with { Required = true }).WithMessage(_ => Text.Get("Select at least one order."))
            .Satisfies(n => n is null || n.Count <= BulkShipRequest.MaxOrders, RuleFacts.Items(max: BulkShipRequest.MaxOrders))
            .WithMessage(_ => Text.Format("At most {0} orders can be shipped at once: select fewer.", BulkShipRequest.MaxOrders))
            .Must(n => n is null || n.All(x => !string.IsNullOrWhiteSpace(x) && x.Trim().Length <= 40))
            .WithMessage(_ => Text.Get("Each order number is 1 to 40 characters."))
            .Satisfies(n => n is null || n.Select(x => x?.Trim()).Distinct(StringComparer.Ordinal).Count() == n.Count, RuleFacts.Items(unique: true))
            .WithMessage(_ => Text.Get("List each order once."));
        RuleFor(r => r.GoodsType).IsInEnum().WithMessage(_ => Text.Get("Choose one of General, Battery, Liquid or Cosmetics."));
        RuleFor(r => r.Undeliverable).NotNull().WithMessage(_ => Text.Get("Choose Return or Destroy."))
            .IsInEnum().WithMessage(_ => Text.Get("Choose Return or Destroy."));
        RuleFor(r => r.AgreementVersion)
            .Satisfies(v => string.IsNullOrWhiteSpace(v) || v.Trim() == OnlineShippingAgreement.Version, RuleFacts.AtMost(20))
            .WithMessage(_ => Text.Format("The Online Shipping User Agreement has changed: read version {0} and accept it again.", OnlineShippingAgreement.Version));
    }
}
