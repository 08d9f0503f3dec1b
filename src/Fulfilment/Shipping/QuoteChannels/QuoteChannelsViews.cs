namespace Fulfilment.Shipping.QuoteChannels;

/// <summary>Step 1 of the wizard: every active channel quoted for the order's remaining goods.</summary>
public sealed record ChannelStepView(OrderToShipView Order, GoodsType GoodsType, int WeightGrams, IReadOnlyList<ChannelQuoteView> Quotes, BuyerChannelAdvice? Advice);

/// <summary>Why the buyer's channel cannot simply be used: the buyer chose none, or it cannot carry this parcel.</summary>
public enum BuyerChannelProblem
{
    NoneChosen,
    Ineligible,
}

/// <summary>The channel step's advice to talk to the buyer, with the buyer's channel and why it cannot carry the parcel.</summary>
public sealed record BuyerChannelAdvice(BuyerChannelProblem Problem, string? ChannelCode, string? ChannelName, string? Reason);

/// <summary>What the seller picked on step 1.</summary>
public sealed record ChannelChoice(string? ChannelCode, GoodsType? GoodsType, bool ConfirmChannelMismatch);
