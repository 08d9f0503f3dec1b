namespace Fulfilment.Shipping;

/// <summary>
/// The channel rules that quoting (<c>QuoteChannels/</c>) and creating (<c>CreateLogisticsOrder/</c>) share: the
/// default weight to quote, every channel quoted in the order the seller sees it, and whether a chosen channel may
/// carry the parcel.
/// </summary>
public static class ChannelRules
{
    /// <summary>Quotes every active channel, the buyer's choice first, then the eligible ones cheapest first.</summary>
    public static List<ChannelQuoteView> QuoteAll(IEnumerable<LogisticsChannel> channels, Order order, GoodsType goodsType, int weightGrams) =>
        [.. channels
            .Select(c => ChannelQuoteView.From(FreightQuote.For(c, order.Recipient.CountryCode, goodsType, weightGrams), weightGrams, order.BuyerChannelCode))
            .OrderByDescending(q => q.IsBuyerChoice)
            .ThenByDescending(q => q.Eligible)
            .ThenBy(q => q.Freight ?? decimal.MaxValue)
            .ThenBy(q => q.Name, StringComparer.Ordinal)];

    /// <summary>The default weight to quote: what remains to ship, or the whole order once nothing remains.</summary>
    public static int DefaultWeight(Order order)
    {
        var remaining = order.Lines.Sum(l => l.WeightGrams * l.RemainingQuantity);
        var weight = remaining > 0 ? remaining : order.Lines.Sum(l => l.WeightGrams * l.Quantity);
        return Math.Clamp(weight, 1, ParcelRequestValidator.MaxWeightGrams);
    }

    /// <summary>
    /// The channel rules shared by step 1 and the final submit: the channel must exist, carry this parcel (inactive,
    /// destination, goods type → <c>channel_ineligible</c>; weight → a field error), and a channel other than the
    /// buyer's needs explicit confirmation.
    /// </summary>
    public static Result<FreightQuote> Check(
        LogisticsChannel? channel, Order order, string? buyerChannelName, string destination, GoodsType goodsType, int weightGrams, bool confirmMismatch, string weightField)
    {
        if (channel is null)
        {
            return Problem.Field(nameof(CreateLogisticsOrderRequest.ChannelCode), Text.Get("There is no logistics channel with this code."));
        }

        var quote = FreightQuote.For(channel, destination, goodsType, weightGrams);
        if (quote.Ineligible == Ineligibility.OverWeightLimit)
        {
            // The channel's limit is an eligibility rule (409), not a malformed field; the weight is still named so a
            // form shows the message next to it.
            var message = Text.Format("Over the weight limit of {0} g.", channel.MaxWeightGrams.ToString("N0", CultureInfo.CurrentCulture));
            return new Problem(
                ProblemCodes.ChannelIneligible,
                Text.Format("{0} cannot carry this parcel: {1}", channel.Name, message),
                new Dictionary<string, string[]> { [weightField] = [message] },
                new ChannelIneligibility(message, nameof(Ineligibility.OverWeightLimit), channel.Code, channel.MaxWeightGrams));
        }

        if (!quote.Eligible)
        {
            return new Problem(
                ProblemCodes.ChannelIneligible,
                Text.Format("{0} cannot carry this parcel: {1}", channel.Name, quote.Reason),
                Data: new ChannelIneligibility(quote.Reason, quote.Ineligible?.ToString(), channel.Code));
        }

        // Without a buyer's choice there is nothing to mismatch: the seller agrees the channel with the buyer.
        if (order.BuyerChannelCode is not null && channel.Code != order.BuyerChannelCode && !confirmMismatch)
        {
            return new Problem(
                ProblemCodes.ChannelMismatchUnconfirmed,
                Text.Format("The buyer chose {0}. Shipping with another channel can cause a dispute: confirm that you want {1}.", buyerChannelName ?? order.BuyerChannelCode, channel.Name),
                Data: new ChannelMismatch(order.BuyerChannelCode, channel.Code));
        }

        return quote;
    }
}
