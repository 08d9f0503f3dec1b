using Fulfilment.Channels;
using Fulfilment.Common;
using Fulfilment.FreightAccounts;
using Microsoft.EntityFrameworkCore;

namespace Fulfilment.Shipping;

/// <summary>Step 1: which channels can carry the order's goods, at what freight, and the seller's choice among them.</summary>
public sealed partial class ShippingService
{
    /// <summary>Every active channel quoted for the order (api.md <c>GET /api/orders/{orderNumber}/channel-quotes</c>).</summary>
    public async Task<Result<IReadOnlyList<ChannelQuoteView>>> Quotes(string orderNumber, ChannelQuoteRequest request, CancellationToken ct)
    {
        if (await _quoteValidator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var order = await LoadOrder(orderNumber, tracked: false, ct);
        if (order is null)
        {
            return OrderNotFound();
        }

        var weight = request.WeightGrams ?? DefaultWeight(order);
        return QuoteAll(await ActiveChannels(ct), order, request.GoodsType ?? GoodsType.General, weight);
    }

    /// <summary>
    /// The channel page: the order and every active channel quoted for its remaining goods. Refused while the freight
    /// account is unbound (the page sends the seller to bind it) and when nothing is left to ship.
    /// </summary>
    public async Task<Result<ChannelStepView>> ChannelStep(string orderNumber, GoodsType goodsType, CancellationToken ct)
    {
        var order = await LoadOrder(orderNumber, tracked: false, ct);
        if (order is null)
        {
            return OrderNotFound();
        }

        if (!await _db.FreightAccounts.AnyAsync(ct))
        {
            return FreightAccountProblems.Unbound();
        }

        if (order.CanShipMore() is { IsSuccess: false } closed)
        {
            return closed.Problem;
        }

        var weight = DefaultWeight(order);
        var channels = await ActiveChannels(ct);
        var buyerChannel = order.BuyerChannelCode is null ? null : await _db.Channels.AsNoTracking().SingleOrDefaultAsync(c => c.Code == order.BuyerChannelCode, ct);
        var goods = Enum.IsDefined(goodsType) ? goodsType : GoodsType.General;
        var quotes = QuoteAll(channels, order, goods, weight);
        return new ChannelStepView(OrderToShipView.From(order, buyerChannel?.Name), goods, weight, quotes, Advise(order, buyerChannel, quotes));
    }

    /// <summary>Checks the seller's pick on the channel page: eligible for the remaining goods, and confirmed when it is not the buyer's.</summary>
    public async Task<Result<ChannelChoice>> ChooseChannel(string orderNumber, ChannelChoice choice, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(choice.ChannelCode))
        {
            return Problem.Field(nameof(ChannelChoice.ChannelCode), Text.Get("Choose a logistics channel."));
        }

        if (choice.GoodsType is not { } goodsType || !Enum.IsDefined(goodsType))
        {
            return Problem.Field(nameof(ChannelChoice.GoodsType), Text.Get("Choose one of General, Battery, Liquid or Cosmetics."));
        }

        var order = await LoadOrder(orderNumber, tracked: false, ct);
        if (order is null)
        {
            return OrderNotFound();
        }

        if (order.CanShipMore() is { IsSuccess: false } closed)
        {
            return closed.Problem;
        }

        var code = choice.ChannelCode.Trim();
        var channel = await _db.Channels.AsNoTracking().Include(c => c.Rates).SingleOrDefaultAsync(c => c.Code == code, ct);
        // The weight is settled on the next step, where the seller may pack fewer units into this parcel; so an
        // over-the-limit channel may be chosen here (its quote says so), the rest of eligibility may not.
        var checkedChoice = CheckChannel(channel, order, await ChannelName(order.BuyerChannelCode, ct), order.Recipient.CountryCode, goodsType, 1, choice.ConfirmChannelMismatch, nameof(ChannelChoice.ChannelCode));
        return checkedChoice.IsSuccess ? choice with { ChannelCode = code } : checkedChoice.Problem;
    }
}
