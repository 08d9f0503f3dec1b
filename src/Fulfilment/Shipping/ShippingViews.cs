using Fulfilment.Channels;
using Fulfilment.Common;
using Fulfilment.Orders;
using Fulfilment.SenderAddresses;

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

/// <summary>The order as the shipping wizard shows it: who, where to, what is left to ship.</summary>
public sealed record OrderToShipView(
    string OrderNumber,
    string BuyerName,
    string? BuyerChannelCode,
    string? BuyerChannelName,
    OrderStatus Status,
    DateTimeOffset ShipBy,
    Address Recipient,
    IReadOnlyList<LineToShipView> Lines)
{
    public int RemainingQuantity => Lines.Sum(l => l.RemainingQuantity);

    /// <summary>The weight of what remains, the default parcel weight (at least 1 g).</summary>
    public int RemainingWeightGrams => Math.Max(1, Lines.Sum(l => l.WeightGrams * l.RemainingQuantity));

    public static OrderToShipView From(Order order, string? buyerChannelName) => new(
        order.OrderNumber,
        order.BuyerName,
        order.BuyerChannelCode,
        buyerChannelName,
        order.Status,
        order.ShipBy,
        order.Recipient,
        [.. order.Lines.OrderBy(l => l.Id).Select(l => new LineToShipView(l.Sku, l.Title, l.Quantity, l.RemainingQuantity, l.UnitPrice, l.WeightGrams))]);
}

public sealed record LineToShipView(string Sku, string Title, int Quantity, int RemainingQuantity, decimal UnitPrice, int WeightGrams);

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

/// <summary>Step 2 of the wizard: everything the logistics order form offers and shows before submitting.</summary>
public sealed record CreateFormView(
    OrderToShipView Order,
    ChannelQuoteView Channel,
    GoodsType GoodsType,
    string OriginCountry,
    IReadOnlyList<SenderOption> Senders,
    IReadOnlyList<WarehouseRef> CollectionWarehouses,
    WarehouseRef? TransitWarehouse,
    decimal Balance,
    string Currency,
    CreateLogisticsOrderRequest Defaults,
    ParcelPreview Preview,
    string AgreementVersion)
{
    /// <summary>Shipping with another channel than the one the buyer chose (never when the buyer chose none).</summary>
    public bool IsMismatch => Order.BuyerChannelCode is not null && !Channel.IsBuyerChoice;
}

/// <summary>An address book entry and the handover <c>Auto</c> gives it (null when there is neither a match nor a transit warehouse).</summary>
public sealed record SenderOption(SenderAddressView Address, HandoverMode? AutoMode, WarehouseRef? AutoWarehouse);

/// <summary>The result page: the parcel, and its channel's name.</summary>
public sealed record CreatedParcelView(LogisticsOrderView Parcel, string ChannelName);
