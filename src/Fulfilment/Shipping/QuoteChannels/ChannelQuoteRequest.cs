namespace Fulfilment.Shipping.QuoteChannels;

/// <summary>
/// What to quote: the goods type (default <c>General</c>) and the parcel weight (default: the weight of the order's
/// remaining units, or of all its units when nothing remains).
/// </summary>
public sealed record ChannelQuoteRequest(GoodsType? GoodsType = null, int? WeightGrams = null);

public sealed class ChannelQuoteRequestValidator : AbstractValidator<ChannelQuoteRequest>
{
    public ChannelQuoteRequestValidator()
    {
        RuleFor(r => r.GoodsType).IsInEnum().WithMessage(_ => Text.Get("Choose one of General, Battery, Liquid or Cosmetics."));
        RuleFor(r => r.WeightGrams).InclusiveBetween(1, ParcelRequestValidator.MaxWeightGrams)
            .WithMessage(_ => Text.Format("Enter a weight from 1 to {0} g.", ParcelRequestValidator.MaxWeightGrams));
    }
}
