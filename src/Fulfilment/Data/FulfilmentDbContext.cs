using System.Linq.Expressions;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace Fulfilment.Data;

/// <summary>
/// The database. Store-owned rows are filtered to the current actor's store here, once, so no query can forget it.
/// </summary>
public sealed class FulfilmentDbContext(DbContextOptions<FulfilmentDbContext> options)
    : IdentityDbContext<AppUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    // A pooled context before it is leased (TenancyContextPools) sees nothing.
    private static readonly FixedActor Nobody = new(null, "nobody", Identity.Roles.Seller, null, null);

    private ICurrentActor actor = Nobody;

    /// <summary>A context of its own (not pooled) acting as <paramref name="actor"/>: tools, tests, design time.</summary>
    public static FulfilmentDbContext ActingAs(DbContextOptions<FulfilmentDbContext> options, ICurrentActor actor) =>
        new(options) { actor = actor };

    /// <summary>Hands a pooled context to a request: its actor, and which model it uses (fixed for the pool it comes from).</summary>
    internal void LeaseTo(ICurrentActor leasedTo, bool oneStoreModel)
    {
        actor = leasedTo;
        _oneStoreModel = oneStoreModel;
        PendingSignals = PendingSignals.None;
        OrderCountChanges = null;
    }

    public DbSet<Store> Stores => Set<Store>();
    public DbSet<FreightAccount> FreightAccounts => Set<FreightAccount>();
    public DbSet<FreightLedgerEntry> FreightLedger => Set<FreightLedgerEntry>();
    public DbSet<SenderAddress> SenderAddresses => Set<SenderAddress>();
    public DbSet<Order> Orders => Set<Order>();
    public DbSet<OrderLine> OrderLines => Set<OrderLine>();
    public DbSet<LogisticsChannel> Channels => Set<LogisticsChannel>();
    public DbSet<ChannelRate> ChannelRates => Set<ChannelRate>();
    public DbSet<Warehouse> Warehouses => Set<Warehouse>();
    public DbSet<LogisticsOrder> LogisticsOrders => Set<LogisticsOrder>();
    public DbSet<LogisticsOrderLine> LogisticsOrderLines => Set<LogisticsOrderLine>();
    public DbSet<PickupRequest> PickupRequests => Set<PickupRequest>();
    public DbSet<ShippingNotice> ShippingNotices => Set<ShippingNotice>();
    public DbSet<ExternalShipment> ExternalShipments => Set<ExternalShipment>();
    public DbSet<ExternalShipmentLine> ExternalShipmentLines => Set<ExternalShipmentLine>();
    public DbSet<TimelineEvent> TimelineEvents => Set<TimelineEvent>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<SignInAttempt> SignInAttempts => Set<SignInAttempt>();
    public DbSet<SignInSession> SignInSessions => Set<SignInSession>();

    /// <summary>The keys that protect sign-in cookies and bearer tokens, kept with the data so restarts keep sessions.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The actor this context works for; read by the tenancy filters on every query.</summary>
    public ICurrentActor Actor => actor;

    // Read through properties (not captured values) so EF evaluates them per query, per context instance.
    internal bool SeesAllStores => actor.SeesAllStores;

    internal long? ActorStoreId => actor.StoreId;

    /// <summary>
    /// Whether this context works for one store's seller, decided once: when a pooled context is leased (each of the two
    /// pools keeps contexts of one model), else when the context first needs its model. Such a
    /// context uses a model whose tenancy filters say only <c>store_id = $1</c>; every other context (all-stores actors,
    /// and anyone not yet signed in when the context started) uses the general filter
    /// <c>$1 OR store_id = $2</c>, where <c>$1</c> is "sees all stores". Why two: PostgreSQL's generic plan of a
    /// prepared statement (Max Auto Prepare) cannot use the store's indexes under the general filter, which does not
    /// know the store until it runs; for an order looked up by number it used the trigram index instead, 16 ms of
    /// PostgreSQL CPU per order details at 1,000,000 orders. A one-store context whose actor changes afterwards (signed
    /// out by <c>ActiveUserCheck</c>) has no store id and sees nothing.
    /// </summary>
    internal bool OneStoreModel => _oneStoreModel ??= WorksForOneStore(actor);

    /// <summary>Whether a context acting as <paramref name="actor"/> uses the one-store model (<see cref="OneStoreModel"/>).</summary>
    internal static bool WorksForOneStore(ICurrentActor actor) => actor is { SeesAllStores: false, StoreId: not null };

    private bool? _oneStoreModel;

    /// <summary>What this context saved that in-memory caches hold, to signal again at commit (<see cref="ChangeSignals"/>).</summary>
    internal PendingSignals PendingSignals { get; set; }

    /// <summary>Order count changes saved under transactions that have not ended yet (<see cref="OrderCounts"/>).</summary>
    internal OrderCountChanges? OrderCountChanges { get; set; }

    public override void Dispose()
    {
        AbandonOrderCountChanges();
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        AbandonOrderCountChanges();
        return base.DisposeAsync();
    }

    private void AbandonOrderCountChanges()
    {
        if (OrderCountChanges is { IsEmpty: false } pending)
        {
            pending.Counts.Abandoned(pending);
        }

        OrderCountChanges = null;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<decimal>().HavePrecision(12, 2);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
        configurationBuilder.Properties<PaymentMethod>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<LedgerEntryKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<OrderStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<GoodsType>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<WarehouseKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<PickupRequestStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<LogisticsOrderStatus>().HaveConversion<string>().HaveMaxLength(24);
        configurationBuilder.Properties<HandoverMode>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<UndeliverableHandling>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<CustomsCategory>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<TimelineEventKind>().HaveConversion<string>().HaveMaxLength(40);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasPostgresExtension("pg_trgm");
        builder.HasSequence<long>(WaybillSerials.SequenceName).StartsAt(1).IncrementsBy(IdBlocks.BlockSize).HasMin(1).HasMax(Waybill.MaxSerial);
        builder.ApplyConfigurationsFromAssembly(typeof(FulfilmentDbContext).Assembly);

        ScopeToStore<FreightAccount>(builder, e => e.StoreId);
        ScopeToStore<FreightLedgerEntry>(builder, e => e.StoreId);
        ScopeToStore<SenderAddress>(builder, e => e.StoreId);
        ScopeToStore<Order>(builder, e => e.StoreId);
        ScopeToStore<OrderLine>(builder, e => e.StoreId);
        ScopeToStore<LogisticsOrder>(builder, e => e.StoreId);
        ScopeToStore<LogisticsOrderLine>(builder, e => e.StoreId);
        ScopeToStore<PickupRequest>(builder, e => e.StoreId);
        ScopeToStore<ShippingNotice>(builder, e => e.StoreId);
        ScopeToStore<ExternalShipment>(builder, e => e.StoreId);
        ScopeToStore<ExternalShipmentLine>(builder, e => e.StoreId);
        ScopeToStore<TimelineEvent>(builder, e => e.StoreId);
    }

    private void ScopeToStore<T>(ModelBuilder builder, Expression<Func<T, long>> storeId)
        where T : class
    {
        // One store's model: e => (long?)e.StoreId == this.ActorStoreId; the general one:
        // e => this.SeesAllStores || (long?)e.StoreId == this.ActorStoreId (see OneStoreModel). EF reads the members of
        // the current context instance at query time.
        var context = Expression.Constant(this);
        Expression body = Expression.Equal(
            Expression.Convert(storeId.Body, typeof(long?)),
            Expression.Property(context, nameof(ActorStoreId)));
        if (!OneStoreModel)
        {
            body = Expression.OrElse(Expression.Property(context, nameof(SeesAllStores)), body);
        }

        builder.Entity<T>().HasQueryFilter(Expression.Lambda<Func<T, bool>>(body, storeId.Parameters));
    }
}

/// <summary>Keeps one model per kind of tenancy filter (<see cref="FulfilmentDbContext.OneStoreModel"/>).</summary>
internal sealed class TenancyModelCacheKeyFactory : Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), context is FulfilmentDbContext { OneStoreModel: true }, designTime);
}
