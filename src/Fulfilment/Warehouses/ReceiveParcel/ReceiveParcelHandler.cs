namespace Fulfilment.Warehouses.ReceiveParcel;

/// <summary>
/// Scanning parcels in at the warehouse. A scan receives the parcel with its measured weight and, when that weight
/// changes the freight, charges or refunds the difference on the seller's ledger in the same transaction. Scanning a
/// received parcel again changes nothing. A cancelled parcel, or one bound for another warehouse, is refused.
/// </summary>
public sealed class ReceiveParcelHandler(
    FulfilmentDbContext db,
    IdempotentStep idempotent,
    IValidator<InboundScanRequest> validator,
    FreightLedger ledger,
    TimelineRecorder timeline,
    UnitOfWork unitOfWork,
    LoadLatestPickups latestPickups,
    ICurrentActor actor,
    IClock clock)
{
    public async Task<Result<InboundScan>> Scan(InboundScanRequest request, IdempotencyKey? key, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var warehouseId = actor.RequireWarehouse();
        var waybill = Waybill.Normalize(request.WaybillNumber!);
        var measured = request.MeasuredWeightGrams!.Value;
        Hold? hold = null;
        var result = await idempotent.Run(
            $"warehouse:{warehouseId}",
            key,
            "inbound",
            request with { WaybillNumber = waybill },
            async token =>
            {
                hold = null;
                return await Receive(waybill, measured, warehouseId, held => hold = held, token);
            },
            ct);
        if (hold is not null)
        {
            await RecordHold(hold, ct);
        }

        return result;
    }

    private async Task<Result<InboundScan>> Receive(string waybill, int measured, int warehouseId, Action<Hold> held, CancellationToken ct)
    {
        var parcel = await db.LogisticsOrders
            .Include(l => l.Lines)
            .Include(l => l.Warehouse)
            .Include(l => l.Store)
            .Include(l => l.Channel!).ThenInclude(c => c.Rates)
            .SingleOrDefaultAsync(l => l.WaybillNumber == waybill, ct);
        if (parcel is null)
        {
            return Problem.NotFound(Text.Format("No parcel has the waybill number {0}. Check the label, or set the parcel aside.", waybill));
        }

        if (parcel.Status == LogisticsOrderStatus.Cancelled)
        {
            return Problem.InvalidState(Text.Format("Parcel {0} was cancelled by the seller and its freight refunded: do not send it on.", waybill));
        }

        if (parcel.WarehouseId != warehouseId)
        {
            return Problem.InvalidState(Text.Format("Parcel {0} is bound for {1}, not for this warehouse.", waybill, parcel.Warehouse!.Name));
        }

        if (parcel.Status == LogisticsOrderStatus.ReceivedAtWarehouse)
        {
            return new InboundScan(await View(parcel, ct), AlreadyReceived: true, 0m, parcel.Store!.Name);
        }

        // A channel carries parcels up to its weight limit only; a heavier one cannot travel on it at any price.
        if (parcel.Channel is { } channel && measured > channel.MaxWeightGrams)
        {
            held(new Hold(TimelineEventKind.HeldOverWeight, parcel.StoreId, parcel.OrderId, parcel.Id, parcel.WaybillNumber, parcel.Warehouse!.Name, 0m, 0m, measured));
            return Problem.InvalidState(Text.Format(
                "Parcel {0} weighs {1} g, more than the {2} g {3} carries. It was not received: hold it and ask the seller to cancel it and ship it again in lighter parcels or on another channel.",
                waybill,
                measured,
                channel.MaxWeightGrams,
                channel.Name));
        }

        var adjustment = WeightAdjustment.For(parcel, measured);
        var now = clock.UtcNow;
        var received = parcel.Receive(measured, adjustment, now, actor.Name);
        if (!received.IsSuccess)
        {
            return received.Problem;
        }

        if (adjustment != 0)
        {
            var note = $"Measured {measured} g, declared {parcel.WeightGrams} g";
            if (adjustment < 0)
            {
                var refunded = await ledger.Post(new LedgerPosting(parcel.StoreId, LedgerEntryKind.Adjustment, -adjustment, actor.Name, parcel.Id, parcel.WaybillNumber, note), ct);
                if (!refunded.IsSuccess)
                {
                    return refunded.Problem;
                }
            }
            else
            {
                // A parcel is received once, so its inbound scan is the business step the withholding belongs to.
                var charged = await ledger.Charge(
                    new ChargePosting(
                        parcel.StoreId,
                        [(LedgerEntryKind.Adjustment, adjustment)],
                        actor.Name,
                        WithholdingReference.For("inbound-adjustment", parcel.Id.ToString(CultureInfo.InvariantCulture)),
                        parcel.Id,
                        parcel.WaybillNumber,
                        note),
                    ct);
                if (!charged.IsSuccess)
                {
                    if (charged.Problem.Code is ProblemCodes.InsufficientBalance or ProblemCodes.DeductionDeclined)
                    {
                        held(new Hold(TimelineEventKind.HeldForBalance, parcel.StoreId, parcel.OrderId, parcel.Id, parcel.WaybillNumber, parcel.Warehouse!.Name, adjustment, Balance(charged.Problem), measured));
                        return ChargeRefused(charged.Problem, adjustment);
                    }

                    return charged.Problem;
                }
            }
        }

        Record(parcel, measured, adjustment);
        return new InboundScan(await View(parcel, ct), AlreadyReceived: false, adjustment, parcel.Store!.Name);
    }

    // The seller's bound account declined the extra freight, so the whole scan is refused: the parcel is not received
    // (the seller could otherwise still cancel it for a full refund); staff hold it until the seller rebinds or adds credit.
    private static Problem ChargeRefused(Problem problem, decimal adjustment) => problem with
    {
        Message = Text.Format(
            "The measured weight adds {0:0.00} {1} of freight, and the seller's freight deduction account declined it. The parcel was not received: hold it until the seller rebinds another account or adds prepaid credit, then scan it again.",
            adjustment,
            Money.DefaultCurrency),
    };

    private static decimal Balance(Problem problem) => (problem.Data as InsufficientBalance)?.Balance ?? 0m;

    /// <summary>
    /// The refused scan rolled back, so the hold is written in a step of its own: the seller learns from the timeline (and,
    /// for want of balance, the dashboard) why the parcel waits and what to do. A repeated scan at the same weight adds nothing new.
    /// </summary>
    private async Task RecordHold(Hold hold, CancellationToken ct)
    {
        await unitOfWork.Run<bool>(
            async token =>
            {
                var last = await db.TimelineEvents.IgnoreQueryFilters().AsNoTracking()
                    .Where(e => e.LogisticsOrderId == hold.ParcelId)
                    .OrderByDescending(e => e.Id)
                    .FirstOrDefaultAsync(token);
                if (last is not null && last.Kind == hold.Kind && last.Payload is HoldData { MeasuredWeightGrams: var grams } && grams == hold.MeasuredGrams)
                {
                    return true;
                }

                var data = hold.Kind == TimelineEventKind.HeldForBalance
                    ? new HoldData(hold.Waybill, hold.Warehouse, hold.MeasuredGrams, hold.Amount, hold.Balance)
                    : new HoldData(hold.Waybill, hold.Warehouse, hold.MeasuredGrams);
                timeline.Record(hold.StoreId, hold.Kind, hold.OrderId, hold.ParcelId, data);
                return true;
            },
            ct);
    }

    private sealed record Hold(TimelineEventKind Kind, long StoreId, long OrderId, long ParcelId, string Waybill, string Warehouse, decimal Amount, decimal Balance, int MeasuredGrams);

    private void Record(LogisticsOrder parcel, int measured, decimal adjustment)
    {
        timeline.Record(
            parcel.StoreId, TimelineEventKind.ReceivedAtWarehouse, parcel.OrderId, parcel.Id, new ReceivedData(parcel.WaybillNumber, parcel.Warehouse!.Name, parcel.WeightGrams, measured));
        if (adjustment != 0)
        {
            timeline.Record(parcel.StoreId, TimelineEventKind.FreightAdjusted, parcel.OrderId, parcel.Id, new FreightAdjustedData(parcel.WaybillNumber, adjustment, measured));
        }
    }

    private async Task<LogisticsOrderView> View(LogisticsOrder parcel, CancellationToken ct)
    {
        return LogisticsOrderView.From(parcel, await latestPickups.For(parcel.Id, ct));
    }
}
