namespace Fulfilment.Shipping;

/// <summary>
/// One active channel's answer for an order's channel quotes: the freight, or why it cannot carry the
/// parcel. The first fields are the contract; the rest are additions a client can ignore.
/// </summary>
public sealed record ChannelQuoteView(
    string ChannelCode,
    string Name,
    bool Eligible,
    string? Reason,
    decimal? Freight,
    decimal ReturnServiceFee,
    bool IsBuyerChoice,
    string Carrier,
    int WeightGrams,
    int MaxWeightGrams,
    IReadOnlyList<GoodsType> GoodsTypes,
    string Currency,
    Ineligibility? ReasonCode,
    string? ChineseName)
{
    public static ChannelQuoteView From(FreightQuote quote, int weightGrams, string? buyerChannelCode) => new(
        quote.Channel.Code,
        quote.Channel.Name,
        quote.Eligible,
        quote.Reason,
        quote.Freight,
        quote.Channel.ReturnServiceFee,
        string.Equals(quote.Channel.Code, buyerChannelCode, StringComparison.Ordinal),
        quote.Channel.Carrier,
        weightGrams,
        quote.Channel.MaxWeightGrams,
        [.. quote.Channel.GoodsTypes],
        Money.DefaultCurrency,
        quote.Ineligible,
        quote.Channel.ChineseName);
}
