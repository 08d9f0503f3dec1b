namespace Fulfilment.Shipping.BulkShip;

/// <summary>
/// The bulk rule, once for the inbox page and the API: how one order ships with its buyer's channel. The parcel is the
/// logistics order form's default (every remaining unit, its weight, values and English titles as contents), sent from
/// the default sender address with the handover <c>Auto</c> gives it (door pickup where a collection warehouse serves the
/// sender, else self-send to the transit warehouse). An order that cannot ship this way is refused with the reason.
/// </summary>
public static class BulkShipPlan
{
    /// <summary>The create request for <paramref name="order"/>, or why it cannot ship with its buyer's channel.</summary>
    public static Result<PlannedParcel> For(
        Order order,
        LogisticsChannel? buyerChannel,
        SenderAddresses.SenderAddress? sender,
        IReadOnlyCollection<Warehouse> warehouses,
        BulkShipRequest batch)
    {
        if (order.CanShipMore() is { IsSuccess: false } closed)
        {
            return closed.Problem;
        }

        if (order.BuyerChannelCode is null)
        {
            return new Problem(
                ProblemCodes.NoBuyerChannel,
                Text.Get("The buyer chose no logistics channel: agree one with the buyer, then ship this order from its own page."));
        }

        if (buyerChannel is null || !buyerChannel.Active)
        {
            return new Problem(
                ProblemCodes.ChannelIneligible,
                Text.Format("{0} cannot carry this parcel: {1}", buyerChannel?.Name ?? order.BuyerChannelCode, Text.Get("This channel is not in service.")),
                Data: new ChannelIneligibility(Text.Get("This channel is not in service."), nameof(Ineligibility.Inactive), order.BuyerChannelCode));
        }

        if (sender is null)
        {
            return AddressBook.NoSender(null);
        }

        var handover = HandoverPlan.Decide(warehouses, sender.Address, HandoverChoice.Auto, null);
        if (!handover.IsSuccess)
        {
            return handover.Problem;
        }

        var goods = batch.GoodsType ?? GoodsType.General;
        var senderView = SenderAddresses.SenderAddressView.From(sender);
        var option = new SenderOption(senderView, handover.Value.Mode, handover.Value.ToRef());
        var request = LogisticsOrderFormHandler.Defaults(order, buyerChannel, goods, [option]) with
        {
            Undeliverable = batch.Undeliverable,
            AgreementAccepted = batch.AgreementAccepted,
            AgreementVersion = string.IsNullOrWhiteSpace(batch.AgreementVersion) ? null : batch.AgreementVersion.Trim(),
        };
        var weight = request.Parcel!.WeightGrams!.Value;
        var quote = FreightQuote.For(buyerChannel, order.Recipient.CountryCode, goods, weight);
        if (!quote.Eligible)
        {
            return new Problem(
                ProblemCodes.ChannelIneligible,
                Text.Format("{0} cannot carry this parcel: {1}", buyerChannel.Name, quote.Ineligible == Ineligibility.OverWeightLimit
                    ? Text.Format("Over the weight limit of {0} g.", buyerChannel.MaxWeightGrams.ToString("N0", System.Globalization.CultureInfo.CurrentCulture))
                    : quote.Reason),
                Data: new ChannelIneligibility(quote.Reason, quote.Ineligible?.ToString(), buyerChannel.Code));
        }

        if (string.IsNullOrWhiteSpace(request.Parcel.ContentsDescription))
        {
            return Problem.Field(
                "Parcel.ContentsDescription",
                Text.Get("No item title is in English, so there is no customs description: write one on the order's own shipping page."));
        }

        var charges = ParcelCharges.For(quote, request.Undeliverable);
        return new PlannedParcel(request, buyerChannel, weight, request.Lines!.Sum(l => l.Quantity ?? 0), charges, senderView, handover.Value);
    }
}

/// <summary>An order's parcel as the bulk rule packs it, what it costs, and how it reaches the network.</summary>
public sealed record PlannedParcel(
    CreateLogisticsOrderRequest Request,
    LogisticsChannel Channel,
    int WeightGrams,
    int Units,
    ParcelCharges Charges,
    SenderAddresses.SenderAddressView Sender,
    HandoverPlan Handover);
