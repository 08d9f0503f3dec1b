namespace Fulfilment.Channels;

/// <summary>"What would this channel charge?": a destination, a weight, and optionally the goods type (General).</summary>
public sealed record QuoteRequest
{
    public string? CountryCode { get; init; }
    public int? WeightGrams { get; init; }
    public GoodsType? GoodsType { get; init; }
}

public sealed class QuoteRequestValidator : AbstractValidator<QuoteRequest>
{
    public QuoteRequestValidator()
    {
        RuleFor(r => r.CountryCode).CountryCode();
        RuleFor(r => r.WeightGrams).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(1, ChannelRequest.MaxWeightLimitGrams)
            .WithMessage(_ => Text.Format("From 1 to {0} grams.", ChannelRequest.MaxWeightLimitGrams));
        RuleFor(r => r.GoodsType).Must(g => g is null || Enum.IsDefined(g.Value)).WithMessage(_ => Text.Get("Unknown goods type."));
    }
}
