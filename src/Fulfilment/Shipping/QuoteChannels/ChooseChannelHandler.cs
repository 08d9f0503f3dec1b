namespace Fulfilment.Shipping.QuoteChannels;

/// <summary>The seller's pick on the channel page: eligible for the remaining goods, and confirmed when it is not the buyer's.</summary>
public sealed class ChooseChannelHandler(LoadShippableOrder orders, LoadChannel channels)
{
    public async Task<Result<ChannelChoice>> Choose(string orderNumber, ChannelChoice choice, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(choice.ChannelCode))
        {
            return Problem.Field(nameof(ChannelChoice.ChannelCode), Text.Get("Choose a logistics channel."));
        }

        if (choice.GoodsType is not { } goodsType || !Enum.IsDefined(goodsType))
        {
            return Problem.Field(nameof(ChannelChoice.GoodsType), Text.Get("Choose one of General, Battery, Liquid or Cosmetics."));
        }

        var order = await orders.Find(orderNumber, tracked: false, ct);
        if (order is null)
        {
            return OrderProblems.NotFound();
        }

        if (order.CanShipMore() is { IsSuccess: false } closed)
        {
            return closed.Problem;
        }

        var code = choice.ChannelCode.Trim();
        var channel = await channels.ByCode(code, tracked: false, ct);
        // The weight is settled on the next step, where the seller may pack fewer units into this parcel; so an
        // over-the-limit channel may be chosen here (its quote says so), the rest of eligibility may not.
        var checkedChoice = ChannelRules.Check(
            channel, order, await channels.NameOf(order.BuyerChannelCode, ct), order.Recipient.CountryCode, goodsType, 1, choice.ConfirmChannelMismatch, nameof(ChannelChoice.ChannelCode));
        return checkedChoice.IsSuccess ? choice with { ChannelCode = code } : checkedChoice.Problem;
    }
}
