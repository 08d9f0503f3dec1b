using Fulfilment.Channels;
using Fulfilment.FreightAccounts;
using Fulfilment.Shipping;
using Fulfilment.Warehouses;

namespace Fulfilment.Testing;

/// <summary>Arranging and reading warehouse-side state: pickup requests, cancelled parcels, expected freight.</summary>
public static class WarehouseTestData
{
    /// <summary>The (latest) pickup request of a parcel.</summary>
    public static async Task<PickupRequest> PickupRequestOfAsync(this FulfilmentApp app, long parcelId)
    {
        await using var db = app.Db();
        return await db.PickupRequests.Where(p => p.LogisticsOrderId == parcelId).OrderByDescending(p => p.Id).FirstAsync();
    }

    public static async Task<LogisticsOrder> ParcelByIdAsync(this FulfilmentApp app, long parcelId)
    {
        await using var db = app.Db();
        return await db.LogisticsOrders.Include(l => l.Warehouse).SingleAsync(l => l.Id == parcelId);
    }

    /// <summary>Cancels a parcel as the seller's cancel step would: the status, the refund on the ledger, a pending request withdrawn.</summary>
    public static Task CancelParcelAsync(this FulfilmentApp app, long storeId, long parcelId) =>
        app.WithServices(TestActors.Seller(storeId), async services =>
        {
            var db = services.GetRequiredService<FulfilmentDbContext>();
            var ledger = services.GetRequiredService<FreightLedger>();
            var result = await services.GetRequiredService<UnitOfWork>().Run<LogisticsOrder>(
                async ct =>
                {
                    var parcel = await db.LogisticsOrders.SingleAsync(l => l.Id == parcelId, ct);
                    var charged = parcel.Charged;
                    var cancelled = parcel.Cancel(DateTimeOffset.UtcNow, "test");
                    Assert.True(cancelled.IsSuccess, cancelled.Problem?.Message);
                    foreach (var pending in await db.PickupRequests.Where(p => p.LogisticsOrderId == parcelId && p.Status == PickupRequestStatus.Pending).ToListAsync(ct))
                    {
                        pending.Withdraw(DateTimeOffset.UtcNow, "test");
                    }

                    var refunded = await ledger.Post(new LedgerPosting(storeId, LedgerEntryKind.Refund, charged, "test", parcel.Id, parcel.WaybillNumber), ct);
                    return refunded.IsSuccess ? parcel : refunded.Problem;
                },
                CancellationToken.None);
            Assert.True(result.IsSuccess, result.Problem?.Message);
            return result.Value;
        });

    /// <summary>What a channel charges for a destination and weight, from its rate card as stored now.</summary>
    public static async Task<decimal> FreightAsync(this FulfilmentApp app, string channelCode, string country, int grams)
    {
        await using var db = app.Db();
        var channel = await db.Channels.Include(c => c.Rates).SingleAsync(c => c.Code == channelCode);
        return FreightQuote.Calculate(channel.RateFor(country)!, grams);
    }

    /// <summary>The store's next order that still has units to ship, and its destination.</summary>
    public static async Task<(string OrderNumber, string Country)> NextOrderAsync(this FulfilmentApp app, long storeId)
    {
        await using var db = app.Db();
        var order = await db.Orders.Where(o => o.StoreId == storeId && o.Lines.Any(l => l.ShippedQuantity < l.Quantity)).OrderBy(o => o.Id).FirstAsync();
        return (order.OrderNumber, order.Recipient.CountryCode);
    }
}
