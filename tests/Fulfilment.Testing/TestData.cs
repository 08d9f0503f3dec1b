using Fulfilment.Channels;
using Fulfilment.Data;
using Fulfilment.DemoData;
using Fulfilment.FreightAccounts;
using Fulfilment.Shipping;
using Fulfilment.Warehouses;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Fulfilment.Testing;

/// <summary>Arranges state for tests through the product's own building blocks (never by bypassing the ledger).</summary>
public static class TestData
{
    public static async Task<long> StoreIdAsync(this FulfilmentApp app, string storeName = DemoSeeder.DemoStoreName)
    {
        await using var db = app.Db();
        return await db.Stores.Where(s => s.Name == storeName).Select(s => s.Id).SingleAsync();
    }

    public static async Task<int> WarehouseIdAsync(this FulfilmentApp app, string code)
    {
        await using var db = app.Db();
        return await db.Warehouses.Where(w => w.Code == code).Select(w => w.Id).SingleAsync();
    }

    /// <summary>Binds the store's freight account (if it is not) and tops it up by <paramref name="amount"/> on the ledger.</summary>
    public static Task FundAsync(this FulfilmentApp app, long storeId, decimal amount) =>
        app.WithServices(TestActors.Seller(storeId), async services =>
        {
            var db = services.GetRequiredService<FulfilmentDbContext>();
            var ledger = services.GetRequiredService<FreightLedger>();
            var result = await services.GetRequiredService<UnitOfWork>().Run<FreightLedgerEntry>(
                async ct =>
                {
                    if (!await db.FreightAccounts.AnyAsync(ct))
                    {
                        db.FreightAccounts.Add(FreightAccount.Bind(storeId, PaymentMethod.Alipay, "Test Holder", "13800138000", "sbx_tok_test", DateTimeOffset.UtcNow));
                        await db.SaveChangesAsync(ct);
                    }

                    return await ledger.Post(new LedgerPosting(storeId, LedgerEntryKind.TopUp, amount, "test"), ct);
                },
                CancellationToken.None);
            Assert.True(result.IsSuccess, result.Problem?.Message);
            return result.Value;
        });

    /// <summary>
    /// Binds (or rebinds) the store's freight account as the seller would, tokenised by the sandbox gateway: a sandbox test
    /// number (README, "Payment gateway (sandbox)") makes every withholding fail.
    /// </summary>
    public static Task<FreightAccountView> BindAsync(this FulfilmentApp app, long storeId, PaymentMethod method, string accountNumber) =>
        app.WithServices(TestActors.Seller(storeId), async services =>
        {
            var bound = await services.GetRequiredService<FreightAccountService>()
                .Bind(new BindAccountRequest { Method = method, HolderName = "Test Holder", AccountNumber = accountNumber }, CancellationToken.None);
            Assert.True(bound.IsSuccess, bound.Problem?.Message);
            return bound.Value;
        });

    /// <summary>
    /// A logistics order for an order of the store, as online shipping would leave it: all remaining units packed
    /// (or the given SKU → quantity),
    /// freight and return fee charged on the ledger, a real waybill number. The account must be funded.
    /// </summary>
    public static Task<LogisticsOrder> ParcelAsync(
        this FulfilmentApp app,
        long storeId,
        string? orderNumber = null,
        string channelCode = "CAINIAO_STANDARD",
        HandoverMode mode = HandoverMode.DoorPickup,
        string warehouseCode = "HZ-COLLECT",
        int weightGrams = 300,
        IReadOnlyDictionary<string, int>? lines = null) =>
        app.WithServices(TestActors.Seller(storeId), async services =>
        {
            var db = services.GetRequiredService<FulfilmentDbContext>();
            var ledger = services.GetRequiredService<FreightLedger>();
            var serials = services.GetRequiredService<WaybillSerials>();
            var result = await services.GetRequiredService<UnitOfWork>().Run<LogisticsOrder>(
                async ct =>
                {
                    var order = await db.Orders.Include(o => o.Lines)
                        .Where(o => orderNumber == null ? o.Lines.Any(l => l.ShippedQuantity < l.Quantity) : o.OrderNumber == orderNumber)
                        .OrderBy(o => o.Id)
                        .FirstAsync(ct);
                    var channel = await db.Channels.Include(c => c.Rates).SingleAsync(c => c.Code == channelCode, ct);
                    var warehouse = await db.Warehouses.SingleAsync(w => w.Code == warehouseCode, ct);
                    var sender = await db.SenderAddresses.OrderByDescending(a => a.IsDefault).FirstAsync(ct);
                    var quote = FreightQuote.For(channel, order.Recipient.CountryCode, GoodsType.General, weightGrams);
                    Assert.True(quote.Eligible, quote.Reason);
                    var parcel = new LogisticsOrder
                    {
                        StoreId = storeId,
                        OrderId = order.Id,
                        OrderNumber = order.OrderNumber,
                        WaybillNumber = await serials.Next(channel.ServiceIndicator, channel.OriginCountry, ct),
                        ChannelId = channel.Id,
                        ChannelCode = channel.Code,
                        GoodsType = GoodsType.General,
                        Recipient = order.Recipient,
                        SenderAddressId = sender.Id,
                        Sender = sender.Address,
                        WeightGrams = weightGrams,
                        DeclaredValue = order.Lines.Sum(l => l.UnitPrice * l.RemainingQuantity),
                        ContentsDescription = "Test goods",
                        CustomsCategory = CustomsCategory.SaleOfGoods,
                        Undeliverable = UndeliverableHandling.Return,
                        ReturnServiceFee = channel.ReturnServiceFee,
                        CreatedBy = "test",
                    };
                    foreach (var line in order.Lines.Where(l => l.RemainingQuantity > 0 && (lines is null || lines.ContainsKey(l.Sku))))
                    {
                        var quantity = lines?[line.Sku] ?? line.RemainingQuantity;
                        parcel.Lines.Add(new LogisticsOrderLine
                        {
                            StoreId = storeId,
                            OrderLineId = line.Id,
                            Sku = line.Sku,
                            Quantity = quantity,
                            Description = line.Title,
                            Value = line.UnitPrice * quantity,
                            WeightGrams = line.WeightGrams * quantity,
                        });
                        Assert.True(line.TryAllocate(quantity), $"{line.Sku}: {quantity} of {line.RemainingQuantity} remaining");
                    }

                    order.Touch(DateTimeOffset.UtcNow);
                    parcel.Open(mode, warehouse.Id, quote.Freight!.Value, DateTimeOffset.UtcNow);
                    db.LogisticsOrders.Add(parcel);
                    await db.SaveChangesAsync(ct);
                    foreach (var (kind, amount) in new[] { (LedgerEntryKind.Freight, parcel.Freight), (LedgerEntryKind.ReturnFee, parcel.ReturnServiceFee) }.Where(c => c.Item2 > 0))
                    {
                        var posted = await ledger.Post(new LedgerPosting(storeId, kind, -amount, "test", parcel.Id, parcel.WaybillNumber), ct);
                        if (!posted.IsSuccess)
                        {
                            return posted.Problem;
                        }
                    }

                    if (mode == HandoverMode.PickupRequested)
                    {
                        db.PickupRequests.Add(new PickupRequest { StoreId = storeId, LogisticsOrderId = parcel.Id, WarehouseId = warehouse.Id, RequestedAt = DateTimeOffset.UtcNow, RequestedBy = "test" });
                    }

                    return parcel;
                },
                CancellationToken.None);
            Assert.True(result.IsSuccess, result.Problem?.Message);
            return result.Value;
        });

    /// <summary>The store's balance and the sum of its ledger, which must always be equal.</summary>
    public static async Task<(decimal Balance, decimal LedgerSum)> MoneyAsync(this FulfilmentApp app, long storeId)
    {
        await using var db = app.Db();
        var balance = await db.FreightAccounts.Where(a => a.StoreId == storeId).Select(a => a.Balance).SingleOrDefaultAsync();
        var sum = await db.FreightLedger.Where(e => e.StoreId == storeId).SumAsync(e => (decimal?)e.Amount) ?? 0m;
        return (balance, sum);
    }
}
