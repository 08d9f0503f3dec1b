namespace Fulfilment.Shipping;

/// <summary>
/// A parcel shipped with online shipping (物流订单): its waybill number, channel, handover, customs data and charges.
/// What it is made of is fixed when it is created (init-only); its status, handover, charges and notice change only
/// through the methods below (<see cref="Open"/>, <see cref="Receive"/>, <see cref="Cancel"/>, …), each a move of
/// <see cref="LogisticsOrderLifecycle"/>.
/// </summary>
public sealed class LogisticsOrder
{
    public long Id { get; init; }
    public long StoreId { get; init; }
    public Store? Store { get; init; }
    public long OrderId { get; init; }
    public Order? Order { get; init; }
    public string OrderNumber { get; init; } = "";
    public string WaybillNumber { get; init; } = "";
    public int ChannelId { get; init; }
    public LogisticsChannel? Channel { get; init; }
    public string ChannelCode { get; init; } = "";
    public GoodsType GoodsType { get; init; }
    public LogisticsOrderStatus Status { get; private set; }
    public HandoverMode HandoverMode { get; private set; }

    /// <summary>Where the parcel goes: the collecting warehouse, the requested one, or the transit warehouse.</summary>
    public int WarehouseId { get; private set; }

    public Warehouse? Warehouse { get; init; }
    public Address Recipient { get; init; } = new();
    public long? SenderAddressId { get; init; }

    /// <summary>The sender as it was when the parcel was created; later address book edits do not change a label.</summary>
    public Address Sender { get; init; } = new();

    public int WeightGrams { get; init; }
    public int? LengthCm { get; init; }
    public int? WidthCm { get; init; }
    public int? HeightCm { get; init; }
    public decimal DeclaredValue { get; init; }
    public string ContentsDescription { get; init; } = "";
    public CustomsCategory CustomsCategory { get; init; }
    public UndeliverableHandling Undeliverable { get; init; }
    /// <summary>The version of the Online Shipping User Agreement the seller accepted for this parcel, and when.</summary>
    public string? AgreementVersion { get; private set; }

    public DateTimeOffset? AgreementAcceptedAt { get; private set; }

    public decimal Freight { get; private set; }
    public decimal ReturnServiceFee { get; init; }

    /// <summary>What the seller has paid for this parcel, net of adjustments and refunds.</summary>
    public decimal Charged { get; private set; }

    public int? MeasuredWeightGrams { get; private set; }
    public DateTimeOffset? ReceivedAt { get; private set; }
    public string? ReceivedBy { get; private set; }
    public long? ShippingNoticeId { get; private set; }

    /// <summary>When (and by whom) the seller confirmed the parcel packed and handed to the carrier, before a warehouse received it.</summary>
    public DateTimeOffset? HandedOverAt { get; private set; }

    public string? HandedOverBy { get; private set; }
    public DateTimeOffset? NoticeFiledAt { get; private set; }
    public int LabelPrintCount { get; private set; }
    public DateTimeOffset? LabelLastPrintedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public string CreatedBy { get; init; } = "";
    public DateTimeOffset? CancelledAt { get; private set; }
    public string? CancelledBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }
    public List<LogisticsOrderLine> Lines { get; init; } = [];

    public bool NoticeFiled => ShippingNoticeId is not null;

    /// <summary>
    /// A notice follows the handover (卖家在完成打包发货，交付物流商之后): a parcel no warehouse has received yet needs the
    /// seller's confirmation that it is packed and handed over before its notice is filed.
    /// </summary>
    public bool NeedsHandoverConfirmation => HandedOverAt is null && Status is LogisticsOrderStatus.AwaitingHandover or LogisticsOrderStatus.PickupRequested;

    /// <summary>Records the seller's confirmation that the parcel is packed and handed to the carrier.</summary>
    public void ConfirmHandedOver(DateTimeOffset now, string actor)
    {
        HandedOverAt = now;
        HandedOverBy = actor;
        UpdatedAt = now;
    }

    /// <summary>Starts the parcel's life with its handover decided and its charges known.</summary>
    public void Open(HandoverMode mode, int warehouseId, decimal freight, DateTimeOffset now)
    {
        HandoverMode = mode;
        WarehouseId = warehouseId;
        Status = mode == HandoverMode.PickupRequested ? LogisticsOrderStatus.PickupRequested : LogisticsOrderStatus.AwaitingHandover;
        Freight = freight;
        Charged = ParcelCharges.Total(freight, ReturnServiceFee);
        CreatedAt = now;
        UpdatedAt = now;
    }

    /// <summary>Records which agreement text the seller accepted when creating the parcel.</summary>
    public void AcceptAgreement(string version, DateTimeOffset at)
    {
        AgreementVersion = version;
        AgreementAcceptedAt = at;
    }

    public Result<Done> AcceptPickup(DateTimeOffset now) =>
        Move(LogisticsOrderTrigger.PickupAccepted, now, () => HandoverMode = HandoverMode.DoorPickup);

    /// <summary>A rejected pickup turns the parcel into a self-send to the transit warehouse.</summary>
    public Result<Done> RejectPickup(int transitWarehouseId, DateTimeOffset now) =>
        Move(LogisticsOrderTrigger.PickupRejected, now, () =>
        {
            HandoverMode = HandoverMode.SelfSend;
            WarehouseId = transitWarehouseId;
        });

    /// <summary>Scanned in with its measured weight; <paramref name="adjustment"/> is the freight difference charged (+) or refunded (−).</summary>
    public Result<Done> Receive(int measuredWeightGrams, decimal adjustment, DateTimeOffset now, string actor) =>
        Move(LogisticsOrderTrigger.ReceivedAtWarehouse, now, () =>
        {
            MeasuredWeightGrams = measuredWeightGrams;
            Freight += adjustment;
            Charged += adjustment;
            ReceivedAt = now;
            ReceivedBy = actor;
        });

    /// <summary>Cancels the parcel; the caller refunds <see cref="Charged"/> on the ledger in the same unit of work.</summary>
    public Result<Done> Cancel(DateTimeOffset now, string actor)
    {
        if (NoticeFiled)
        {
            return Problem.InvalidState(Text.Get("A shipping notice was filed for this parcel, so the buyer was told it is on its way: it can no longer be cancelled."));
        }

        return Move(LogisticsOrderTrigger.Cancel, now, () =>
        {
            CancelledAt = now;
            CancelledBy = actor;
            Charged = 0;
        });
    }

    public Result<Done> FileNotice(long shippingNoticeId, DateTimeOffset now)
    {
        if (Status == LogisticsOrderStatus.Cancelled)
        {
            return Problem.InvalidState(Text.Format("Parcel {0} is cancelled.", WaybillNumber));
        }

        if (NoticeFiled)
        {
            return Problem.InvalidState(Text.Format("A shipping notice was already filed for parcel {0}.", WaybillNumber));
        }

        ShippingNoticeId = shippingNoticeId;
        NoticeFiledAt = now;
        UpdatedAt = now;
        return Done.Value;
    }

    public void RecordLabelPrinted(DateTimeOffset now)
    {
        LabelPrintCount++;
        LabelLastPrintedAt = now;
    }

    private Result<Done> Move(LogisticsOrderTrigger trigger, DateTimeOffset now, Action apply)
    {
        var next = LogisticsOrderLifecycle.Next(Status, trigger);
        if (!next.IsSuccess)
        {
            return next.Problem;
        }

        apply();
        Status = next.Value;
        UpdatedAt = now;
        return Done.Value;
    }
}
