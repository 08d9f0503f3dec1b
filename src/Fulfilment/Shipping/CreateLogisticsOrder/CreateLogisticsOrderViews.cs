namespace Fulfilment.Shipping.CreateLogisticsOrder;

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
