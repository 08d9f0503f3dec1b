namespace Fulfilment.Shipping.QuoteChannels;

/// <summary>
/// Step 1 of online shipping (线上发货): which channels can carry the order's goods and at what freight
/// (api.md <c>GET /api/orders/{orderNumber}/channel-quotes</c>, and the wizard's channel page).
/// </summary>
public sealed class QuoteChannelsHandler(LoadShippableOrder orders, LoadChannel channels, IValidator<ChannelQuoteRequest> validator)
{
    /// <summary>Every active channel quoted for the order.</summary>
    public async Task<Result<IReadOnlyList<ChannelQuoteView>>> Quotes(string orderNumber, ChannelQuoteRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var order = await orders.Find(orderNumber, tracked: false, ct);
        if (order is null)
        {
            return OrderProblems.NotFound();
        }

        var weight = request.WeightGrams ?? ChannelRules.DefaultWeight(order);
        return ChannelRules.QuoteAll(await channels.Active(ct), order, request.GoodsType ?? GoodsType.General, weight);
    }

    /// <summary>
    /// The channel page: the order and every active channel quoted for its remaining goods. Refused while the freight
    /// account is unbound (the page sends the seller to bind it) and when nothing is left to ship.
    /// </summary>
    public async Task<Result<ChannelStepView>> ChannelStep(string orderNumber, GoodsType goodsType, CancellationToken ct)
    {
        var ready = await orders.Ready(orderNumber, tracked: false, ct);
        if (!ready.IsSuccess)
        {
            return ready.Problem;
        }

        var order = ready.Value.Order;
        var weight = ChannelRules.DefaultWeight(order);
        var active = await channels.Active(ct);
        var buyerChannel = order.BuyerChannelCode is null ? null : await channels.ByCode(order.BuyerChannelCode, tracked: false, ct);
        var goods = Enum.IsDefined(goodsType) ? goodsType : GoodsType.General;
        var quotes = ChannelRules.QuoteAll(active, order, goods, weight);
        return new ChannelStepView(OrderToShipView.From(order, buyerChannel?.Name), goods, weight, quotes, Advise(order, buyerChannel, quotes));
    }

    /// <summary>
    /// What the channel step advises about the buyer's channel (seed: "if the buyer does not choose or does not have the
    /// logistics channel checked by the buyer, ... communicate with the buyer and then determine the channel"): null when
    /// the buyer's channel can carry the parcel.
    /// </summary>
    private static BuyerChannelAdvice? Advise(Order order, LogisticsChannel? buyerChannel, IReadOnlyList<ChannelQuoteView> quotes)
    {
        if (order.BuyerChannelCode is null)
        {
            return new BuyerChannelAdvice(BuyerChannelProblem.NoneChosen, null, null, null);
        }

        if (buyerChannel is null || !buyerChannel.Active)
        {
            return new BuyerChannelAdvice(BuyerChannelProblem.Ineligible, order.BuyerChannelCode, buyerChannel?.Name ?? order.BuyerChannelCode, Text.Get("This channel is not in service."));
        }

        var quote = quotes.FirstOrDefault(q => q.ChannelCode == order.BuyerChannelCode);
        return quote is { Eligible: false }
            ? new BuyerChannelAdvice(BuyerChannelProblem.Ineligible, quote.ChannelCode, quote.Name, quote.Reason)
            : null;
    }
}
