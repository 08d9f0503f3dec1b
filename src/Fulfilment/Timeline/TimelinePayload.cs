namespace Fulfilment.Timeline;

/// <summary>
/// The particulars of one timeline step, typed per <see cref="TimelineEventKind"/>. Steps record one of these; it is
/// stored (and answered by the API) as the flat string map <see cref="TimelineEvent.Data"/> whose keys
/// <see cref="TimelineData"/> documents: money as invariant "45.00", weights in grams, times as ISO 8601 UTC. Views read
/// the typed properties through <see cref="TimelineEvent.Payload"/>, never a key.
/// </summary>
public abstract record TimelinePayload
{
    /// <summary>The stored keys and values (a missing optional value is left out).</summary>
    protected abstract IEnumerable<(string Key, string? Value)> Pairs();

    public Dictionary<string, string> ToData() =>
        Pairs().Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);

    /// <summary>The typed particulars of a stored step; null for a step that carries none.</summary>
    public static TimelinePayload? Read(TimelineEventKind kind, IReadOnlyDictionary<string, string> data)
    {
        var d = new Reader(data);
        return kind switch
        {
            TimelineEventKind.AccountBound or TimelineEventKind.AccountRebound => new AccountData(d.Text("method"), d.Text("account")),
            TimelineEventKind.ToppedUp => new ToppedUpData(d.Money("amount"), d.Money("balance")),
            TimelineEventKind.OrderImported => new OrderImportedData(d.Text("source"), d.Optional("file")),
            TimelineEventKind.LogisticsOrderCreated => new LogisticsOrderCreatedData(
                d.Text("waybill"), d.Text("channel"), d.Money("freight"), d.Money("returnFee"), d.Text("handover"), d.Text("warehouse"), d.Whole("quantity")),
            TimelineEventKind.FreightCharged => new FreightChargedData(d.Text("waybill"), d.Money("amount"), d.Money("creditUsed"), d.Money("withheld")),
            TimelineEventKind.LabelPrinted => new LabelPrintedData(d.Text("waybill"), d.Whole("count"), d.Text("format")),
            TimelineEventKind.PickupRequested or TimelineEventKind.PickupAccepted => new PickupData(d.Text("waybill"), d.Text("warehouse")),
            TimelineEventKind.PickupRejected => new PickupRejectedData(d.Text("waybill"), d.Text("warehouse"), d.Text("reason"), d.Text("transitWarehouse")),
            TimelineEventKind.ReceivedAtWarehouse => new ReceivedData(d.Text("waybill"), d.Text("warehouse"), d.Whole("weightGrams"), d.Whole("measuredWeightGrams")),
            TimelineEventKind.FreightAdjusted => new FreightAdjustedData(d.Text("waybill"), d.Money("amount"), d.Whole("measuredWeightGrams")),
            TimelineEventKind.NoticeFiled => new NoticeFiledData(d.Text("waybills"), d.Optional("shippedAt")),
            TimelineEventKind.LogisticsOrderCancelled or TimelineEventKind.HandedOver => new WaybillData(d.Text("waybill")),
            TimelineEventKind.Refunded => new RefundedData(d.Text("waybill"), d.Money("amount")),
            TimelineEventKind.HeldForBalance or TimelineEventKind.HeldOverWeight => new HoldData(
                d.Text("waybill"), d.Text("warehouse"), d.Whole("measuredWeightGrams"), d.OptionalMoney("amount"), d.OptionalMoney("balance")),
            TimelineEventKind.ExternalShipmentDeclared => new ExternalShipmentData(d.Text("carrier"), d.Text("tracking"), d.Optional("url"), d.Whole("quantity"), d.Text("lines")),
            _ => null,
        };
    }

    protected static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    protected static string? Money(decimal? value) => value is { } v ? Money(v) : null;

    protected static string Whole(int value) => value.ToString(CultureInfo.InvariantCulture);

    private readonly struct Reader(IReadOnlyDictionary<string, string> data)
    {
        public string Text(string key) => data.TryGetValue(key, out var v) ? v : "";

        public string? Optional(string key) => data.TryGetValue(key, out var v) ? v : null;

        public int Whole(string key) => int.TryParse(Text(key), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 0;

        public decimal Money(string key) => OptionalMoney(key) ?? 0m;

        public decimal? OptionalMoney(string key) =>
            decimal.TryParse(Text(key), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount) ? amount : null;
    }
}

/// <summary><see cref="TimelineEventKind.AccountBound"/>, <see cref="TimelineEventKind.AccountRebound"/>: the payment method's name and the masked number.</summary>
public sealed record AccountData(string Method, string Account) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("method", Method), ("account", Account)];
}

/// <summary><see cref="TimelineEventKind.ToppedUp"/>.</summary>
public sealed record ToppedUpData(decimal Amount, decimal Balance) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("amount", Money(Amount)), ("balance", Money(Balance))];
}

/// <summary><see cref="TimelineEventKind.OrderImported"/>: <c>api</c>, <c>csv</c> (with the file's name) or <c>marketplace</c>.</summary>
public sealed record OrderImportedData(string Source, string? File = null) : TimelinePayload
{
    public const string Api = "api";
    public const string Csv = "csv";
    public const string Marketplace = "marketplace";

    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("source", Source), ("file", File)];
}

/// <summary><see cref="TimelineEventKind.LogisticsOrderCreated"/>; <see cref="Handover"/> is a <see cref="HandoverMode"/> name.</summary>
public sealed record LogisticsOrderCreatedData(string Waybill, string Channel, decimal Freight, decimal ReturnFee, string Handover, string Warehouse, int Quantity) : TimelinePayload
{
    public LogisticsOrderCreatedData(string waybill, string channel, decimal freight, decimal returnFee, HandoverMode handover, string warehouse, int quantity)
        : this(waybill, channel, freight, returnFee, handover.ToString(), warehouse, quantity)
    {
    }

    protected override IEnumerable<(string Key, string? Value)> Pairs() =>
        [("waybill", Waybill), ("channel", Channel), ("freight", Money(Freight)), ("returnFee", Money(ReturnFee)), ("handover", Handover), ("warehouse", Warehouse), ("quantity", Whole(Quantity))];
}

/// <summary><see cref="TimelineEventKind.FreightCharged"/>: the charge and how it was split.</summary>
public sealed record FreightChargedData(string Waybill, decimal Amount, decimal CreditUsed, decimal Withheld) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() =>
        [("waybill", Waybill), ("amount", Money(Amount)), ("creditUsed", Money(CreditUsed)), ("withheld", Money(Withheld))];
}

/// <summary><see cref="TimelineEventKind.LabelPrinted"/>: the print count so far and the format (pdf or zpl).</summary>
public sealed record LabelPrintedData(string Waybill, int Count, string Format) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("waybill", Waybill), ("count", Whole(Count)), ("format", Format)];
}

/// <summary><see cref="TimelineEventKind.PickupRequested"/>, <see cref="TimelineEventKind.PickupAccepted"/>.</summary>
public sealed record PickupData(string Waybill, string Warehouse) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("waybill", Waybill), ("warehouse", Warehouse)];
}

/// <summary><see cref="TimelineEventKind.PickupRejected"/>.</summary>
public sealed record PickupRejectedData(string Waybill, string Warehouse, string Reason, string TransitWarehouse) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() =>
        [("waybill", Waybill), ("warehouse", Warehouse), ("reason", Reason), ("transitWarehouse", TransitWarehouse)];
}

/// <summary><see cref="TimelineEventKind.ReceivedAtWarehouse"/>: the declared and the measured weight.</summary>
public sealed record ReceivedData(string Waybill, string Warehouse, int WeightGrams, int MeasuredWeightGrams) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() =>
        [("waybill", Waybill), ("warehouse", Warehouse), ("weightGrams", Whole(WeightGrams)), ("measuredWeightGrams", Whole(MeasuredWeightGrams))];
}

/// <summary><see cref="TimelineEventKind.FreightAdjusted"/>: <see cref="Amount"/> is charged when positive, refunded when negative.</summary>
public sealed record FreightAdjustedData(string Waybill, decimal Amount, int MeasuredWeightGrams) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("waybill", Waybill), ("amount", Money(Amount)), ("measuredWeightGrams", Whole(MeasuredWeightGrams))];
}

/// <summary><see cref="TimelineEventKind.NoticeFiled"/>: the waybills (and own-carrier shipments) named, and when they were sent (ISO 8601, UTC).</summary>
public sealed record NoticeFiledData(string Waybills, string? ShippedAt) : TimelinePayload
{
    public NoticeFiledData(IEnumerable<string> named, DateTimeOffset shippedAt)
        : this(string.Join(", ", named), shippedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture))
    {
    }

    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("waybills", Waybills), ("shippedAt", ShippedAt)];
}

/// <summary><see cref="TimelineEventKind.LogisticsOrderCancelled"/>, <see cref="TimelineEventKind.HandedOver"/>.</summary>
public sealed record WaybillData(string Waybill) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("waybill", Waybill)];
}

/// <summary><see cref="TimelineEventKind.Refunded"/>.</summary>
public sealed record RefundedData(string Waybill, decimal Amount) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() => [("waybill", Waybill), ("amount", Money(Amount))];
}

/// <summary>
/// <see cref="TimelineEventKind.HeldForBalance"/> (with the extra freight declined and the balance),
/// <see cref="TimelineEventKind.HeldOverWeight"/>.
/// </summary>
public sealed record HoldData(string Waybill, string Warehouse, int MeasuredWeightGrams, decimal? Amount = null, decimal? Balance = null) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() =>
        [("waybill", Waybill), ("warehouse", Warehouse), ("measuredWeightGrams", Whole(MeasuredWeightGrams)), ("amount", Money(Amount)), ("balance", Money(Balance))];
}

/// <summary><see cref="TimelineEventKind.ExternalShipmentDeclared"/>: a shipment by the seller's own carrier.</summary>
public sealed record ExternalShipmentData(string Carrier, string Tracking, string? Url, int Quantity, string Lines) : TimelinePayload
{
    protected override IEnumerable<(string Key, string? Value)> Pairs() =>
        [("carrier", Carrier), ("tracking", Tracking), ("url", Url), ("quantity", Whole(Quantity)), ("lines", Lines)];
}
