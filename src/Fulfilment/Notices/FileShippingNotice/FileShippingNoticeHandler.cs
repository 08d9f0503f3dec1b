namespace Fulfilment.Notices.FileShippingNotice;

/// <summary>
/// Fill in shipping notice (填写发货通知): the order becomes Shipped when noticed parcels and external shipments cover
/// every ordered unit, otherwise Partially shipped.
/// </summary>
public sealed class FileShippingNoticeHandler(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    IValidator<FileNoticeRequest> validator,
    TimelineRecorder timeline,
    ICurrentActor actor,
    IClock clock)
{
    /// <summary>What the notice page offers: the parcels that can be noticed (each saying whether its handover needs confirming) and the units left for an external shipment.</summary>
    public async Task<Result<NoticeFormView>> Form(string orderNumber, CancellationToken ct)
    {
        var order = await db.Orders.AsNoTracking().Include(o => o.Lines).SingleOrDefaultAsync(o => o.OrderNumber == orderNumber, ct);
        if (order is null)
        {
            return OrderProblems.NotFound();
        }

        var parcels = await db.LogisticsOrders.AsNoTracking()
            .Where(l => l.OrderId == order.Id && l.Status != LogisticsOrderStatus.Cancelled && l.ShippingNoticeId == null)
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        return new NoticeFormView(
            order.OrderNumber,
            order.Status,
            parcels,
            [.. order.Lines.OrderBy(l => l.Id).Select(l => new OrderLineView(l.Sku, l.Title, l.Quantity, l.ShippedQuantity, l.RemainingQuantity, l.UnitPrice, l.WeightGrams))]);
    }

    /// <summary>
    /// Files the notice in one transaction: the listed online parcels (each confirmed handed over unless a warehouse has
    /// received it) and the shipments sent by the seller's own carrier (their units allocated as shipped); then the
    /// order's status moves as the lifecycle says.
    /// </summary>
    public async Task<Result<ShippingNoticeView>> File(string orderNumber, FileNoticeRequest request, CancellationToken ct)
    {
        if (await validator.Check(request, ct) is { } invalid)
        {
            return invalid;
        }

        var waybills = (request.WaybillNumbers ?? []).Select(Waybill.Normalize).Distinct().ToList();
        var externalRequests = request.ExternalShipments ?? [];
        return await unitOfWork.Run<ShippingNoticeView>(
            async token =>
            {
                var order = await db.Orders.Include(o => o.Lines).SingleOrDefaultAsync(o => o.OrderNumber == orderNumber, token);
                if (order is null)
                {
                    return OrderProblems.NotFound();
                }

                var parcels = await db.LogisticsOrders.Include(l => l.Lines).Where(l => l.OrderId == order.Id).ToListAsync(token);
                var chosen = parcels.Where(p => waybills.Contains(p.WaybillNumber)).ToList();
                var unknown = waybills.Except(chosen.Select(p => p.WaybillNumber)).ToList();
                if (unknown.Count > 0)
                {
                    return Problem.Field(nameof(FileNoticeRequest.WaybillNumbers), Text.Format("Not a parcel of this order: {0}.", string.Join(", ", unknown)));
                }

                var now = clock.UtcNow;
                var shippedAt = request.ShippedAt is { } sent ? Timestamps.Normalize(sent) : now;
                if (chosen.Count > 0 && chosen.Max(p => p.CreatedAt) is var newest && shippedAt < newest)
                {
                    return Problem.Field(nameof(FileNoticeRequest.ShippedAt), Text.Format("The shipping time cannot be before the parcel was created ({0:yyyy-MM-dd HH:mm} UTC).", newest.UtcDateTime));
                }

                var notHandedOver = chosen.Where(p => p.NeedsHandoverConfirmation).Select(p => p.WaybillNumber).ToList();
                if (notHandedOver.Count > 0 && request.HandedOver != true)
                {
                    return NoticeProblems.NotHandedOver(notHandedOver);
                }

                var notice = new ShippingNotice { StoreId = order.StoreId, OrderId = order.Id, ShippedAt = shippedAt, FiledAt = now, FiledBy = actor.Name, WaybillNumbers = waybills };
                db.ShippingNotices.Add(notice);
                await db.SaveChangesAsync(token);
                foreach (var parcel in chosen)
                {
                    if (parcel.FileNotice(notice.Id, now) is { IsSuccess: false } refused)
                    {
                        return refused.Problem;
                    }

                    if (parcel.NeedsHandoverConfirmation)
                    {
                        parcel.ConfirmHandedOver(now, actor.Name);
                        timeline.Record(order.StoreId, TimelineEventKind.HandedOver, order.Id, parcel.Id, new WaybillData(parcel.WaybillNumber));
                    }
                }

                var external = ExternalShipments.Allocate(order, externalRequests, notice.Id, shippedAt, now, actor.Name);
                if (!external.IsSuccess)
                {
                    return external.Problem;
                }

                db.ExternalShipments.AddRange(external.Value);
                var earlier = await db.ExternalShipments.Include(e => e.Lines).Where(e => e.OrderId == order.Id).ToListAsync(token);
                var trigger = ShippedCoverEverything(order, parcels, [.. earlier, .. external.Value]) ? OrderTrigger.NoticeFiledFully : OrderTrigger.NoticeFiledPartly;
                if (order.Apply(trigger, now, actor.Name) is { IsSuccess: false } moveRefused)
                {
                    return moveRefused.Problem;
                }

                order.Touch(now);
                foreach (var shipment in external.Value)
                {
                    var data = new ExternalShipmentData(
                        shipment.CarrierName,
                        shipment.TrackingNumber,
                        shipment.TrackingUrl,
                        shipment.Lines.Sum(l => l.Quantity),
                        string.Join(", ", shipment.Lines.Select(l => $"{l.Sku} × {l.Quantity.ToString(CultureInfo.InvariantCulture)}")));
                    timeline.Record(order.StoreId, TimelineEventKind.ExternalShipmentDeclared, order.Id, null, data);
                }

                var named = waybills.Concat(external.Value.Select(e => $"{e.CarrierName} {e.TrackingNumber}")).ToList();
                timeline.Record(order.StoreId, TimelineEventKind.NoticeFiled, order.Id, chosen.Count == 1 && external.Value.Count == 0 ? chosen[0].Id : null, new NoticeFiledData(named, shippedAt));
                await db.SaveChangesAsync(token);
                return new ShippingNoticeView(
                    notice.Id, order.OrderNumber, waybills, shippedAt, now, actor.Name, order.Status, [.. external.Value.Select(ExternalShipmentView.From)]);
            },
            ct);
    }

    // Units count as shipped once a noticed (and not cancelled) parcel or a declared external shipment holds them.
    private static bool ShippedCoverEverything(Order order, IEnumerable<LogisticsOrder> parcels, IEnumerable<ExternalShipment> external)
    {
        var shipped = parcels
            .Where(p => p.NoticeFiled && p.Status != LogisticsOrderStatus.Cancelled)
            .SelectMany(p => p.Lines.Select(l => (l.OrderLineId, l.Quantity)))
            .Concat(external.SelectMany(e => e.Lines.Select(l => (l.OrderLineId, l.Quantity))))
            .GroupBy(l => l.OrderLineId)
            .ToDictionary(g => g.Key, g => g.Sum(l => l.Quantity));
        return order.Lines.All(l => shipped.GetValueOrDefault(l.Id) >= l.Quantity);
    }
}
