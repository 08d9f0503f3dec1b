namespace Fulfilment.Timeline;

/// <summary>
/// The keys each <see cref="TimelineEventKind"/> carries in <see cref="TimelineEvent.Data"/> (all values are strings),
/// with what each key means: what the OpenAPI description documents for <c>TimelineEntryView.data</c>, and what tests
/// hold recorded events to.
/// </summary>
public static class TimelineData
{
    public static readonly IReadOnlyDictionary<string, string> KeyMeanings = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["method"] = "The payment method of the freight account: Alipay or BankCard.",
        ["account"] = "The freight account number, masked (e.g. `**** 9995`).",
        ["amount"] = "An amount with two decimals as text (e.g. `45.00`): the top-up, the charge, the refund, or the extra freight; for FreightAdjusted signed (positive charged, negative refunded).",
        ["balance"] = "The prepaid balance after the step, two decimals as text.",
        ["source"] = "Where the order came from: `api`, `csv` (see `file`) or `marketplace`.",
        ["file"] = "The name of the imported CSV file.",
        ["waybill"] = "The parcel's waybill number (e.g. `LP000000017CN`).",
        ["waybills"] = "The waybill numbers of the notice, comma separated.",
        ["channel"] = "The logistics channel's code.",
        ["freight"] = "The freight charged, two decimals as text.",
        ["returnFee"] = "The return service fee charged, two decimals as text.",
        ["handover"] = "How the parcel reaches a warehouse: DoorPickup, SelfSend or PickupRequested.",
        ["warehouse"] = "The warehouse's name.",
        ["transitWarehouse"] = "The transit warehouse the parcel is to be sent to instead.",
        ["quantity"] = "How many units the parcel holds.",
        ["count"] = "How many times the label has been printed so far.",
        ["format"] = "The label format printed: pdf or zpl.",
        ["reason"] = "The reason the warehouse gave, in its words.",
        ["weightGrams"] = "The weight the seller declared, in grams.",
        ["measuredWeightGrams"] = "The weight the warehouse measured, in grams.",
        ["shippedAt"] = "When the parcels were handed over (ISO 8601, UTC).",
        ["creditUsed"] = "The part of the charge paid from prepaid credit, two decimals as text.",
        ["withheld"] = "The part of the charge withheld from the bound account, two decimals as text.",
        ["carrier"] = "The carrier the seller sent the shipment with (its own, not online shipping).",
        ["tracking"] = "That carrier's tracking number.",
        ["url"] = "Where that carrier's tracking page is (optional).",
        ["lines"] = "What the shipment holds, as `SKU × quantity` items separated by commas.",
    };

    public static readonly IReadOnlyDictionary<TimelineEventKind, IReadOnlyList<string>> KeysOf = new Dictionary<TimelineEventKind, IReadOnlyList<string>>
    {
        [TimelineEventKind.AccountBound] = ["method", "account"],
        [TimelineEventKind.AccountRebound] = ["method", "account"],
        [TimelineEventKind.ToppedUp] = ["amount", "balance"],
        [TimelineEventKind.OrderImported] = ["source", "file"],
        [TimelineEventKind.LogisticsOrderCreated] = ["waybill", "channel", "freight", "returnFee", "handover", "warehouse", "quantity"],
        [TimelineEventKind.FreightCharged] = ["waybill", "amount", "creditUsed", "withheld"],
        [TimelineEventKind.LabelPrinted] = ["waybill", "count", "format"],
        [TimelineEventKind.PickupRequested] = ["waybill", "warehouse"],
        [TimelineEventKind.PickupAccepted] = ["waybill", "warehouse"],
        [TimelineEventKind.PickupRejected] = ["waybill", "warehouse", "reason", "transitWarehouse"],
        [TimelineEventKind.ReceivedAtWarehouse] = ["waybill", "warehouse", "weightGrams", "measuredWeightGrams"],
        [TimelineEventKind.FreightAdjusted] = ["waybill", "amount", "measuredWeightGrams"],
        [TimelineEventKind.NoticeFiled] = ["waybills", "shippedAt"],
        [TimelineEventKind.ShipmentConfirmedComplete] = [],
        [TimelineEventKind.LogisticsOrderCancelled] = ["waybill"],
        [TimelineEventKind.Refunded] = ["waybill", "amount"],
        [TimelineEventKind.HeldForBalance] = ["waybill", "warehouse", "amount", "balance", "measuredWeightGrams"],
        [TimelineEventKind.HeldOverWeight] = ["waybill", "warehouse", "measuredWeightGrams"],
        [TimelineEventKind.HandedOver] = ["waybill"],
        [TimelineEventKind.ExternalShipmentDeclared] = ["carrier", "tracking", "url", "quantity", "lines"],
    };

    /// <summary>The keys <paramref name="kind"/> carries; none for a kind added without listing them here.</summary>
    public static IReadOnlyList<string> Keys(TimelineEventKind kind) => KeysOf.TryGetValue(kind, out var keys) ? keys : [];
}
