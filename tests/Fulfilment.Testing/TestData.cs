using Fulfilment.Channels;
using Fulfilment.DemoData;
using Fulfilment.FreightAccounts;
using Fulfilment.Orders;
using Fulfilment.SenderAddresses;
using Fulfilment.Shipping;
using Fulfilment.Shipping.CreateLogisticsOrder;
using Fulfilment.Warehouses;

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
    /// A logistics order for an order of the store, created by online shipping itself
    /// (<see cref="CreateLogisticsOrderHandler"/>): all remaining units packed (or the given SKU → quantity), freight
    /// and return fee charged on the ledger, a real waybill number, the timeline recorded. The account must be funded.
    /// <paramref name="mode"/> and <paramref name="warehouseCode"/> pick the handover as a seller would: door pickup
    /// from a sender address the warehouse serves, a pickup request to the warehouse, or self-send to the transit
    /// warehouse.
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
            var number = orderNumber ?? await db.Orders
                .Where(o => o.Status != OrderStatus.Shipped && o.Lines.Any(l => l.ShippedQuantity < l.Quantity))
                .OrderBy(o => o.Id)
                .Select(o => o.OrderNumber)
                .FirstAsync();
            var request = new CreateLogisticsOrderRequest
            {
                ChannelCode = channelCode,
                GoodsType = GoodsType.General,
                ConfirmChannelMismatch = true,
                SenderAddressId = mode == HandoverMode.DoorPickup ? await SenderServedByAsync(services, warehouseCode) : null,
                Parcel = new ParcelRequest { WeightGrams = weightGrams, ContentsDescription = "Test goods", CustomsCategory = CustomsCategory.SaleOfGoods },
                Lines = lines is null ? null : [.. lines.Select(l => new ParcelLineRequest { Sku = l.Key, Quantity = l.Value })],
                Handover = mode switch
                {
                    HandoverMode.PickupRequested => HandoverChoice.RequestPickup,
                    HandoverMode.SelfSend => HandoverChoice.SelfSend,
                    _ => HandoverChoice.Auto,
                },
                PickupWarehouseCode = mode == HandoverMode.PickupRequested ? warehouseCode : null,
                Undeliverable = UndeliverableHandling.Return,
                AgreementAccepted = true,
            };
            var created = await services.GetRequiredService<CreateLogisticsOrderHandler>().Create(number, request, null, CancellationToken.None);
            Assert.True(created.IsSuccess, created.Problem?.Message);
            Assert.Equal(mode, created.Value.Handover.Mode);
            db.ChangeTracker.Clear();
            return await db.LogisticsOrders.Include(l => l.Lines).SingleAsync(l => l.Id == created.Value.Id);
        });

    // A sender address of the store that the collection warehouse serves (door pickup), added to the address book when
    // the store has none there yet.
    private static async Task<long> SenderServedByAsync(IServiceProvider services, string warehouseCode)
    {
        var db = services.GetRequiredService<FulfilmentDbContext>();
        var warehouses = await db.Warehouses.AsNoTracking().Where(w => w.Active).ToListAsync();
        var senders = await db.SenderAddresses.AsNoTracking().OrderByDescending(a => a.IsDefault).ThenBy(a => a.Id).ToListAsync();
        if (senders.FirstOrDefault(s => ServiceAreaMatch.Find(warehouses, s.Address)?.Code == warehouseCode) is { } served)
        {
            return served.Id;
        }

        var warehouse = warehouses.Single(w => w.Code == warehouseCode);
        var a = warehouse.Address;
        var added = await services.GetRequiredService<SenderAddressService>().Add(
            new SenderAddressRequest
            {
                Name = a.Name, Phone = a.Phone, Line1 = a.Line1, Line2 = a.Line2, City = a.City, Province = a.Province, PostalCode = a.PostalCode, CountryCode = a.CountryCode,
            },
            CancellationToken.None);
        Assert.True(added.IsSuccess, added.Problem?.Message);
        return added.Value.Id;
    }

    /// <summary>The store's balance and the sum of its ledger, which must always be equal.</summary>
    public static async Task<(decimal Balance, decimal LedgerSum)> MoneyAsync(this FulfilmentApp app, long storeId)
    {
        await using var db = app.Db();
        var balance = await db.FreightAccounts.Where(a => a.StoreId == storeId).Select(a => a.Balance).SingleOrDefaultAsync();
        var sum = await db.FreightLedger.Where(e => e.StoreId == storeId).SumAsync(e => (decimal?)e.Amount) ?? 0m;
        return (balance, sum);
    }
}
