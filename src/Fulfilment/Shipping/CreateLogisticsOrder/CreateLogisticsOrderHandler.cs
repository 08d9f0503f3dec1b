namespace Fulfilment.Shipping.CreateLogisticsOrder;

/// <summary>
/// Step 3 of online shipping (线上发货), "what happens when I submit a logistics order": the one transaction that
/// allocates the units, charges freight and return fee, and issues the waybill (page and API alike).
/// </summary>
public sealed class CreateLogisticsOrderHandler(
    FulfilmentDbContext db,
    LoadShippableOrder orders,
    LoadChannel channels,
    LoadWarehouses warehouseQuery,
    IdempotentStep idempotentStep,
    UnitOfWork unitOfWork,
    FreightLedger ledger,
    WaybillSerials serials,
    TimelineRecorder timeline,
    IValidator<CreateLogisticsOrderRequest> validator,
    ICurrentActor actor,
    IClock clock)
{
    /// <summary>
    /// Creates a logistics order in one transaction: checks the channel again, quotes, packs the units, stores the parcel
    /// with its customs lines, issues the waybill, charges freight and return fee on the ledger, asks for a pickup when
    /// requested, and records the timeline. Any failure leaves nothing behind. With an idempotency key a repeat (or a
    /// racing twin) gets the first answer and changes nothing.
    /// </summary>
    public async Task<Result<LogisticsOrderView>> Create(string orderNumber, CreateLogisticsOrderRequest request, IdempotencyKey? key, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var storeId = actor.RequireStore();

        // One reference per business step: a rerun of this call (a lost race) or a retry with the same key withholds once.
        var reference = WithholdingReference.For(
            "create-logistics-order", storeId.ToString(CultureInfo.InvariantCulture), orderNumber.Trim(), key?.Value ?? Guid.NewGuid().ToString("N"));
        return await idempotentStep.Run(
            $"store:{storeId}",
            key,
            $"create-logistics-order:{orderNumber.Trim()}",
            request,
            token => CreateStep(storeId, orderNumber, request, reference, token),
            ct,
            IdempotencyClaim.WithAnswer,
            queueAt: FreightLedger.AccountRow(storeId));
    }

    private async Task<Result<LogisticsOrderView>> CreateStep(long storeId, string orderNumber, CreateLogisticsOrderRequest request, string reference, CancellationToken ct)
    {
        var ready = await orders.ReadyToShip(storeId, orderNumber, request.SenderAddressId, ct);
        if (!ready.IsSuccess)
        {
            return ready.Problem;
        }

        var ((order, balance), sender) = ready.Value;
        var parcelRequest = request.Parcel!;
        var goodsType = request.GoodsType!.Value;
        var weight = parcelRequest.WeightGrams!.Value;
        var recipient = request.Recipient?.Normalized() ?? order.Recipient;
        var channelCode = request.ChannelCode!.Trim();
        var channel = await channels.ByCode(channelCode, tracked: false, ct);
        var quote = ChannelRules.Check(
            channel, order, await channels.NameOf(order.BuyerChannelCode, ct), recipient.CountryCode, goodsType, weight,
            request.ConfirmChannelMismatch, $"{nameof(request.Parcel)}.{nameof(ParcelRequest.WeightGrams)}");
        if (!quote.IsSuccess)
        {
            return quote.Problem;
        }

        if (sender is null)
        {
            return AddressBook.NoSender(request.SenderAddressId);
        }

        var parcelId = await serials.NextLogisticsOrderId(ct);
        var packing = Pack(parcelId, order, request, channel!);
        if (!packing.IsSuccess)
        {
            return packing.Problem;
        }

        var warehouses = await warehouseQuery.Active(ct);
        var handover = HandoverPlan.Decide(warehouses, sender.Address, request.Handover ?? HandoverChoice.Auto, request.PickupWarehouseCode);
        if (!handover.IsSuccess)
        {
            return handover.Problem;
        }

        var now = clock.UtcNow;
        foreach (var (line, packed) in packing.Value)
        {
            if (!line.TryAllocate(packed.Quantity))
            {
                return NothingLeft(line);
            }
        }

        // The order row's version makes concurrent allocations of its lines collide: the loser reruns and sees the truth.
        order.Touch(now);
        var parcel = new LogisticsOrder
        {
            Id = parcelId,
            StoreId = storeId,
            OrderId = order.Id,
            OrderNumber = order.OrderNumber,
            WaybillNumber = await serials.Next(channel!.ServiceIndicator, channel.OriginCountry, ct),
            ChannelId = channel.Id,
            ChannelCode = channel.Code,
            GoodsType = goodsType,
            Recipient = recipient,
            SenderAddressId = sender.Id,
            Sender = sender.Address,
            WeightGrams = weight,
            LengthCm = parcelRequest.LengthCm,
            WidthCm = parcelRequest.WidthCm,
            HeightCm = parcelRequest.HeightCm,
            // Left blank: the sum of the lines' values as stored (each blank line value being its price × quantity).
            DeclaredValue = parcelRequest.DeclaredValue ?? packing.Value.Sum(p => p.Packed.Value),
            ContentsDescription = parcelRequest.ContentsDescription!.Trim(),
            CustomsCategory = parcelRequest.CustomsCategory ?? CustomsCategory.SaleOfGoods,
            Undeliverable = request.Undeliverable!.Value,
            ReturnServiceFee = request.Undeliverable == UndeliverableHandling.Return ? channel.ReturnServiceFee : 0m,
            CreatedBy = actor.Name,
            Lines = [.. packing.Value.Select(p => p.Packed)],
        };
        parcel.Open(handover.Value.Mode, handover.Value.Warehouse.Id, quote.Value.Freight!.Value, now);
        parcel.AcceptAgreement(OnlineShippingAgreement.Version, now);
        // Nothing is tracked: the allocation, the parcel, its lines, the charge, the timeline and the idempotency answer
        // are written in plain SQL in one batch with COMMIT, the step's second and last round trip.
        await unitOfWork.AtCommit(UnitAllocation.Statement(order, parcel.Lines), ct);
        await unitOfWork.AtCommit(db.Insert([parcel]), ct);
        await unitOfWork.AtCommit(db.Insert(parcel.Lines), ct);

        var charged = await ledger.Charge(
            new ChargePosting(
                storeId,
                [.. new[] { (LedgerEntryKind.Freight, parcel.Freight), (LedgerEntryKind.ReturnFee, parcel.ReturnServiceFee) }.Where(c => c.Item2 > 0)],
                actor.Name,
                reference,
                parcel.Id,
                parcel.WaybillNumber),
            ct,
            balanceSeen: balance);
        if (!charged.IsSuccess)
        {
            return charged.Problem;
        }

        PickupRequest? pickup = null;
        if (handover.Value.Mode == HandoverMode.PickupRequested)
        {
            // The answer names the pickup request's id, which the database gives: the parcel is written first (the
            // request refers to it), then the request is saved; an extra round trip for this handover only.
            pickup = new PickupRequest { StoreId = storeId, LogisticsOrderId = parcel.Id, WarehouseId = handover.Value.Warehouse.Id, RequestedAt = now, RequestedBy = actor.Name };
            await unitOfWork.SendQueuedNow(ct);
            db.PickupRequests.Add(pickup);
            await db.SaveChangesAsync(ct);
        }

        await timeline.AtCommit(Timeline(parcel, channel, handover.Value, pickup is not null, charged.Value), ct);

        return LogisticsOrderView.From(parcel, pickup, handover.Value.Warehouse);
    }

    /// <summary>
    /// Which units go in the parcel, each with its customs line. A SKU the order does not have, or more units than were
    /// ordered, is a field error; more than remain (already packed elsewhere) is <c>nothing_to_ship</c>.
    /// </summary>
    private static Result<List<(OrderLine Line, LogisticsOrderLine Packed)>> Pack(long parcelId, Order order, CreateLogisticsOrderRequest request, LogisticsChannel channel)
    {
        List<(int Index, OrderLine? Line, ParcelLineRequest Request)> wanted = request.Lines is null
            ? [.. order.RemainingLines().Select(l => (-1, (OrderLine?)l, new ParcelLineRequest { Sku = l.Sku, Quantity = l.RemainingQuantity }))]
            : [.. request.Lines.Select((r, i) => (i, order.Lines.FirstOrDefault(l => l.Sku == r.Sku!.Trim()), r))];
        var errors = new Dictionary<string, string[]>();
        foreach (var (index, line, lineRequest) in wanted)
        {
            if (line is null)
            {
                errors[$"Lines[{index}].Sku"] = [Text.Format("This order has no line with SKU {0}.", lineRequest.Sku)];
            }
            else if (lineRequest.Quantity > line.Quantity)
            {
                errors[$"Lines[{index}].Quantity"] = [Text.Format("The order has only {0} of {1}.", line.Quantity, line.Sku)];
            }
        }

        if (errors.Count > 0)
        {
            return Problem.Validation(errors);
        }

        if (wanted.FirstOrDefault(w => w.Request.Quantity > w.Line!.RemainingQuantity) is { Line: { } tooFew })
        {
            return NothingLeft(tooFew);
        }

        var contents = request.Parcel!.ContentsDescription!.Trim();
        return wanted.Select(w =>
        {
            var line = w.Line!;
            var quantity = w.Request.Quantity!.Value;
            var description = string.IsNullOrWhiteSpace(w.Request.Description)
                ? (CreateLogisticsOrderRequestValidator.IsEnglish(line.Title) ? line.Title : contents)
                : w.Request.Description.Trim();
            return (line, new LogisticsOrderLine
            {
                LogisticsOrderId = parcelId,
                StoreId = order.StoreId,
                OrderLineId = line.Id,
                Sku = line.Sku,
                Quantity = quantity,
                Description = description.Length > 200 ? description[..200] : description,
                Value = w.Request.Value ?? LogisticsOrderLine.DefaultValue(line.UnitPrice, quantity),
                WeightGrams = line.WeightGrams * quantity,
                HsCode = string.IsNullOrWhiteSpace(w.Request.HsCode) ? null : HsCodes.Normalize(w.Request.HsCode),
                OriginCountry = string.IsNullOrWhiteSpace(w.Request.OriginCountry) ? channel.OriginCountry : w.Request.OriginCountry.Trim().ToUpperInvariant(),
            });
        }).ToList();
    }

    private static Problem NothingLeft(OrderLine line) => new(
        ProblemCodes.NothingToShip,
        line.RemainingQuantity == 0
            ? Text.Format("Every unit of {0} is already in a parcel.", line.Sku)
            : Text.Format("Only {0} of {1} remain to ship.", line.RemainingQuantity, line.Sku),
        Data: new NothingLeftToShip(line.Sku, line.RemainingQuantity));

    private List<TimelineEvent> Timeline(LogisticsOrder parcel, LogisticsChannel channel, HandoverPlan handover, bool pickupRequested, DeductionSplit split)
    {
        List<TimelineEvent> events = [];
        events.Add(timeline.New(
            parcel.StoreId,
            TimelineEventKind.LogisticsOrderCreated,
            parcel.OrderId,
            parcel.Id,
            new LogisticsOrderCreatedData(
                parcel.WaybillNumber, channel.Name, parcel.Freight, parcel.ReturnServiceFee, handover.Mode, handover.Warehouse.Name, parcel.Lines.Sum(l => l.Quantity))));
        events.Add(timeline.New(
            parcel.StoreId, TimelineEventKind.FreightCharged, parcel.OrderId, parcel.Id, new FreightChargedData(parcel.WaybillNumber, parcel.Charged, split.CreditUsed, split.Withheld)));
        if (pickupRequested)
        {
            events.Add(timeline.New(parcel.StoreId, TimelineEventKind.PickupRequested, parcel.OrderId, parcel.Id, new PickupData(parcel.WaybillNumber, handover.Warehouse.Name)));
        }

        return events;
    }
}
