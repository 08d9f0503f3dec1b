namespace Fulfilment.Timeline;

/// <summary>
/// Every step that leaves a trace on an order's (or the store's) timeline. The comment on each kind names the
/// <see cref="TimelineEvent.Data"/> keys it carries (all values are strings; money as "45.00", weights in grams),
/// which the timeline partial words per language.
/// </summary>
public enum TimelineEventKind
{
    /// <summary>Store-level. Data: method, account (masked).</summary>
    AccountBound,

    /// <summary>Store-level. Data: method, account (masked).</summary>
    AccountRebound,

    /// <summary>Store-level. Data: amount, balance.</summary>
    ToppedUp,

    /// <summary>Data: source ("csv" with file name in "file", "api", or "marketplace" for the demo feed).</summary>
    OrderImported,

    /// <summary>Data: waybill, channel, freight, returnFee, handover (DoorPickup|SelfSend|PickupRequested), warehouse (name), quantity.</summary>
    LogisticsOrderCreated,

    /// <summary>Data: waybill, amount (the total charged: freight + return fee), creditUsed, withheld.</summary>
    FreightCharged,

    /// <summary>Data: waybill, count (how many times printed so far), format (pdf|zpl).</summary>
    LabelPrinted,

    /// <summary>Data: waybill, warehouse.</summary>
    PickupRequested,

    /// <summary>Data: waybill, warehouse.</summary>
    PickupAccepted,

    /// <summary>Data: waybill, warehouse, reason, transitWarehouse.</summary>
    PickupRejected,

    /// <summary>Data: waybill, warehouse, weightGrams (declared), measuredWeightGrams.</summary>
    ReceivedAtWarehouse,

    /// <summary>Data: waybill, amount (signed: positive charged, negative refunded), measuredWeightGrams.</summary>
    FreightAdjusted,

    /// <summary>Data: waybills (comma separated), shippedAt (ISO 8601).</summary>
    NoticeFiled,

    /// <summary>No data.</summary>
    ShipmentConfirmedComplete,

    /// <summary>Data: waybill.</summary>
    LogisticsOrderCancelled,

    /// <summary>Data: waybill, amount.</summary>
    Refunded,

    /// <summary>
    /// The warehouse weighed the parcel heavier and the seller's freight deduction account declined the difference
    /// (prepaid credit too short, and the bound account refused the withholding), so it was not received.
    /// Data: waybill, warehouse, amount (the extra freight), balance (prepaid credit), measuredWeightGrams.
    /// </summary>
    HeldForBalance,

    /// <summary>
    /// The warehouse weighed the parcel above its channel's weight limit, so it was not received.
    /// Data: waybill, warehouse, measuredWeightGrams.
    /// </summary>
    HeldOverWeight,

    /// <summary>The seller confirmed the parcel packed and handed to the carrier (with its notice). Data: waybill.</summary>
    HandedOver,

    /// <summary>A shipment the seller sent by its own carrier, declared with a notice. Data: carrier, tracking, url (optional), quantity, lines.</summary>
    ExternalShipmentDeclared,
}
