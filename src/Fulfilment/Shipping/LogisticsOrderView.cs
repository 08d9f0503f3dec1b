namespace Fulfilment.Shipping;

/// <summary>
/// A logistics order (one parcel) as the API answers it and pages show it. The first fields are the contract;
/// the rest are additions a client can ignore.
/// </summary>
public sealed record LogisticsOrderView(
    long Id,
    string OrderNumber,
    string WaybillNumber,
    LogisticsOrderStatus Status,
    HandoverView Handover,
    string ChannelCode,
    GoodsType GoodsType,
    decimal Freight,
    decimal ReturnServiceFee,
    decimal Charged,
    bool NoticeFiled,
    DateTimeOffset CreatedAt,
    string Currency,
    UndeliverableHandling Undeliverable,
    ParcelView Parcel,
    Address Recipient,
    Address Sender,
    IReadOnlyList<LogisticsOrderLineView> Lines,
    int LabelPrintCount,
    DateTimeOffset? LabelLastPrintedAt,
    int? MeasuredWeightGrams,
    DateTimeOffset? ReceivedAt,
    DateTimeOffset? CancelledAt,
    AgreementAcceptanceView? Agreement)
{
    /// <summary>Maps a logistics order loaded with its <c>Lines</c> and <c>Warehouse</c> (or given its warehouse).</summary>
    public static LogisticsOrderView From(LogisticsOrder parcel, PickupRequest? pickup = null, Warehouse? warehouse = null)
    {
        warehouse ??= parcel.Warehouse ?? throw new InvalidOperationException("Load the logistics order with its warehouse.");
        return new(
            parcel.Id,
            parcel.OrderNumber,
            parcel.WaybillNumber,
            parcel.Status,
            new HandoverView(parcel.HandoverMode, WarehouseRef.From(warehouse), pickup is null ? null : new PickupView(pickup.Id, pickup.Status, pickup.RejectionReason, pickup.DecidedAt)),
            parcel.ChannelCode,
            parcel.GoodsType,
            parcel.Freight,
            parcel.ReturnServiceFee,
            parcel.Charged,
            parcel.NoticeFiled,
            parcel.CreatedAt,
            Money.DefaultCurrency,
            parcel.Undeliverable,
            new ParcelView(parcel.WeightGrams, parcel.LengthCm, parcel.WidthCm, parcel.HeightCm, parcel.DeclaredValue, parcel.ContentsDescription, parcel.CustomsCategory),
            parcel.Recipient,
            parcel.Sender,
            [.. parcel.Lines.OrderBy(l => l.Id).Select(l => new LogisticsOrderLineView(l.Sku, l.Quantity, l.Description, l.Value, l.HsCode, l.OriginCountry))],
            parcel.LabelPrintCount,
            parcel.LabelLastPrintedAt,
            parcel.MeasuredWeightGrams,
            parcel.ReceivedAt,
            parcel.CancelledAt,
            parcel.AgreementVersion is { } version ? new AgreementAcceptanceView(version, parcel.AgreementAcceptedAt!.Value) : null);
    }
}

/// <summary>The Online Shipping User Agreement version the seller accepted for the parcel, and when.</summary>
public sealed record AgreementAcceptanceView(string Version, DateTimeOffset AcceptedAt);

public sealed record HandoverView(HandoverMode Mode, WarehouseRef Warehouse, PickupView? PickupRequest);

public sealed record WarehouseRef(string Code, string Name, Address Address, string? ChineseName = null)
{
    public static WarehouseRef From(Warehouses.Warehouse warehouse) => new(warehouse.Code, warehouse.Name, warehouse.Address, warehouse.ChineseName);

    /// <summary>The name the UI language shows (the Chinese name in the Chinese UI when set).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DisplayName => Warehouses.Warehouse.DisplayName(Name, ChineseName);
}

public sealed record PickupView(long Id, PickupRequestStatus Status, string? RejectionReason, DateTimeOffset? DecidedAt);

public sealed record ParcelView(int WeightGrams, int? LengthCm, int? WidthCm, int? HeightCm, decimal DeclaredValue, string ContentsDescription, CustomsCategory CustomsCategory);

public sealed record LogisticsOrderLineView(string Sku, int Quantity, string Description, decimal Value, string? HsCode, string OriginCountry);
