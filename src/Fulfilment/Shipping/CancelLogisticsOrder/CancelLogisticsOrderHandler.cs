namespace Fulfilment.Shipping.CancelLogisticsOrder;

/// <summary>
/// Cancels a logistics order until a warehouse has received it (and while no notice is filed): in one transaction
/// the freight and return fee are refunded on the ledger, its units become shippable again and a pending pickup
/// request is withdrawn. The waybill number stays with the cancelled parcel and is never issued again.
/// </summary>
public sealed class CancelLogisticsOrderHandler(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    FreightLedger ledger,
    TimelineRecorder timeline,
    ICurrentActor actor,
    IClock clock)
{
    public Task<Result<LogisticsOrderView>> Cancel(long logisticsOrderId, CancellationToken ct) =>
        unitOfWork.Run<LogisticsOrderView>(
            async token =>
            {
                // Racing cancels of one parcel queue here: the second reads the parcel only once the first has
                // committed, finds it cancelled and answers invalid_state (instead of releasing its units twice).
                await db.ScalarAsync<long?>("SELECT id FROM logistics_orders WHERE id = @id FOR UPDATE", token, ("id", logisticsOrderId));
                var parcel = await db.LogisticsOrders.Include(l => l.Lines).Include(l => l.Warehouse).SingleOrDefaultAsync(l => l.Id == logisticsOrderId, token);
                if (parcel is null)
                {
                    return LogisticsOrderQuery.NotFound();
                }

                var now = clock.UtcNow;
                var refund = parcel.Charged;
                if (parcel.Cancel(now, actor.Name) is { IsSuccess: false } refused)
                {
                    return refused.Problem;
                }

                var order = await db.Orders.Include(o => o.Lines).SingleAsync(o => o.Id == parcel.OrderId, token);
                foreach (var packed in parcel.Lines)
                {
                    order.Lines.Single(l => l.Id == packed.OrderLineId).Release(packed.Quantity);
                }

                order.Touch(now);
                var pickup = await db.PickupRequests.SingleOrDefaultAsync(p => p.LogisticsOrderId == parcel.Id && p.Status == PickupRequestStatus.Pending, token);
                if (pickup is not null && pickup.Withdraw(now, actor.Name) is { IsSuccess: false } withdrawFailed)
                {
                    return withdrawFailed.Problem;
                }

                timeline.Record(parcel.StoreId, TimelineEventKind.LogisticsOrderCancelled, parcel.OrderId, parcel.Id, new WaybillData(parcel.WaybillNumber));
                if (refund > 0)
                {
                    var posted = await ledger.Post(new LedgerPosting(parcel.StoreId, LedgerEntryKind.Refund, refund, actor.Name, parcel.Id, parcel.WaybillNumber), token);
                    if (!posted.IsSuccess)
                    {
                        return posted.Problem;
                    }

                    timeline.Record(parcel.StoreId, TimelineEventKind.Refunded, parcel.OrderId, parcel.Id, new RefundedData(parcel.WaybillNumber, refund));
                }

                return LogisticsOrderView.From(parcel, pickup);
            },
            ct);
}
