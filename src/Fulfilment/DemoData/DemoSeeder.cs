namespace Fulfilment.DemoData;

/// <summary>
/// Demo data for a first look: two stores, a user per role, channels with rate cards, warehouses and ~40 orders.
/// Every part is looked up by its natural key first, so running it again adds nothing.
/// </summary>
[ScopedService]
public sealed class DemoSeeder(FulfilmentDbContext db, UserManager<AppUser> users, IClock clock)
{
    public const string Password = "Fulfil-Demo-2026";
    public const string AdminEmail = "admin@demo.test";
    public const string SellerEmail = "seller@demo.test";
    public const string Seller2Email = "seller2@demo.test";
    public const string WarehouseEmail = "warehouse@demo.test";
    public const string DemoStoreName = "Demo Store";
    public const string SecondStoreName = "Second Store";

    public async Task SeedAsync(CancellationToken ct = default)
    {
        var now = clock.UtcNow;
        foreach (var channel in DemoChannels.All(now))
        {
            if (!await db.Channels.AnyAsync(c => c.Code == channel.Code, ct))
            {
                db.Channels.Add(channel);
            }
        }

        foreach (var warehouse in DemoWarehouses.All(now))
        {
            if (!await db.Warehouses.AnyAsync(w => w.Code == warehouse.Code, ct))
            {
                db.Warehouses.Add(warehouse);
            }
        }

        var demoStore = await StoreNamed(DemoStoreName, now, ct);
        var secondStore = await StoreNamed(SecondStoreName, now, ct);
        await db.SaveChangesAsync(ct);

        await SenderAddressFor(demoStore, DemoAddresses.HangzhouSender, now, ct);
        await SenderAddressFor(secondStore, DemoAddresses.ChengduSender, now, ct);
        foreach (var order in DemoOrders.For(demoStore.Id, now, DemoOrders.DemoStoreCount, seed: 20261123, prefix: "8123"))
        {
            await AddOrderIfNew(order, ct);
        }

        foreach (var order in DemoOrders.For(secondStore.Id, now, DemoOrders.SecondStoreCount, seed: 7, prefix: "9456"))
        {
            await AddOrderIfNew(order, ct);
        }

        var arrived = db.ChangeTracker.Entries<Order>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        await db.SaveChangesAsync(ct);

        // Every order's timeline starts with its arrival from the marketplace, as a real feed's would.
        db.TimelineEvents.AddRange(arrived.Select(o => new TimelineEvent
        {
            StoreId = o.StoreId,
            OrderId = o.Id,
            At = o.PlacedAt,
            Kind = TimelineEventKind.OrderImported,
            Actor = "Marketplace",
            Data = new OrderImportedData(OrderImportedData.Marketplace).ToData(),
        }));
        await db.SaveChangesAsync(ct);

        var hangzhou = await db.Warehouses.SingleAsync(w => w.Code == DemoWarehouses.HangzhouCode, ct);
        await UserAsync(AdminEmail, Roles.Admin, null, null, ct);
        await UserAsync(SellerEmail, Roles.Seller, demoStore.Id, null, ct);
        await UserAsync(Seller2Email, Roles.Seller, secondStore.Id, null, ct);
        await UserAsync(WarehouseEmail, Roles.WarehouseStaff, null, hangzhou.Id, ct);
    }

    private async Task<Store> StoreNamed(string name, DateTimeOffset now, CancellationToken ct)
    {
        var store = await db.Stores.SingleOrDefaultAsync(s => s.Name == name, ct);
        if (store is null)
        {
            store = new Store { Name = name, CreatedAt = now };
            db.Stores.Add(store);
        }

        return store;
    }

    private async Task SenderAddressFor(Store store, Address address, DateTimeOffset now, CancellationToken ct)
    {
        if (!await db.SenderAddresses.IgnoreQueryFilters().AnyAsync(a => a.StoreId == store.Id, ct))
        {
            db.SenderAddresses.Add(new SenderAddress { StoreId = store.Id, Address = address, IsDefault = true, CreatedAt = now });
        }
    }

    private async Task AddOrderIfNew(Order order, CancellationToken ct)
    {
        if (!await db.Orders.IgnoreQueryFilters().AnyAsync(o => o.StoreId == order.StoreId && o.OrderNumber == order.OrderNumber, ct))
        {
            db.Orders.Add(order);
        }
    }

    private async Task UserAsync(string email, string role, long? storeId, int? warehouseId, CancellationToken ct)
    {
        if (await users.FindByEmailAsync(email) is not null)
        {
            return;
        }

        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            Role = role,
            StoreId = storeId,
            WarehouseId = warehouseId,
            CreatedAt = clock.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Could not create demo user {email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        ct.ThrowIfCancellationRequested();
        await users.AddToRoleAsync(user, role);
    }
}
