using System.Collections.Concurrent;

namespace Fulfilment.Orders;

/// <summary>
/// How many orders each store holds in each status, kept in memory: the inbox's tab counts and the exact <c>total</c> of
/// <c>GET /api/orders</c> without a search or filter. Counting them in PostgreSQL took 40–60 ms of CPU per call for a
/// store of 500,000 orders (an index-only scan of all of them), which no read path of 2,000 requests a second can pay.
/// <para>
/// A store's counts are counted once in PostgreSQL, then moved by every order this process adds, deletes or moves to
/// another status: the data layer notes each such change when a context saves it (<see cref="Noting"/>) and applies it
/// when the transaction commits (<c>ChangeSignalInterceptor</c>, <c>ChangeSignalCommitInterceptor</c>); a rolled-back
/// change is dropped, and a commit whose outcome is unknown forgets the store's counts (counted again on the next read).
/// No row is shared by writers: shipping 32 orders of one store at once takes an in-memory lock for a few instructions
/// each, never a database row lock. A change written in plain SQL instead of through a tracked <see cref="Order"/> must
/// say so with <see cref="Record"/>, inside its transaction.
/// </para>
/// <para>
/// Correctness: a count read from PostgreSQL is kept only if no change of that store was saved but not yet applied while
/// it was read, and none was applied since it started (otherwise the read may or may not include it); the answer is
/// still exact, it is just not remembered. Counts are counted again after <see cref="Lifetime"/> for changes made by
/// another instance of the app (or by hand in SQL); until then such a change is not seen here.
/// </para>
/// </summary>
public sealed class OrderCounts(TimeProvider time)
{
    /// <summary>How long counts serve before they are counted again in PostgreSQL (for changes this process did not make).</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<long, StoreCounts> _stores = new();

    /// <summary>
    /// The exact counts of the acting seller's store, from memory when known; null when the context does not work for one
    /// store (admins, staff, background work), whose callers count in PostgreSQL themselves.
    /// </summary>
    public async Task<InboxCounts?> ForActor(FulfilmentDbContext db, CancellationToken ct)
    {
        if (db.Actor is not { SeesAllStores: false, StoreId: { } storeId })
        {
            return null;
        }

        var store = Store(storeId);
        long version;
        bool refreshing;
        lock (store)
        {
            if (store.Counts is { } known && (time.GetTimestamp() < store.FreshUntil || store.Refreshing))
            {
                return known;
            }

            // Stale counts are still served to others while one request counts again.
            version = store.Version;
            refreshing = store.Refreshing = store.Counts is not null;
        }

        try
        {
            var rows = await db.Orders.AsNoTracking()
                .GroupBy(o => o.Status)
                .Select(g => new StatusCount(g.Key, g.Count()))
                .ToListAsync(ct);
            int Of(OrderStatus s) => rows.FirstOrDefault(r => r.Status == s)?.Count ?? 0;
            var counted = new InboxCounts(Of(OrderStatus.AwaitingShipment), Of(OrderStatus.PartiallyShipped), Of(OrderStatus.Shipped));
            lock (store)
            {
                if (store.Version == version && store.Unapplied == 0)
                {
                    store.Counts = counted;
                    store.FreshUntil = time.GetTimestamp() + Ticks(Lifetime);
                }
                else if (refreshing && store.Counts is not null)
                {
                    // Writers kept changing the store while it was counted: the counts held (moved by every change
                    // this process made) serve another period rather than counting again on every request.
                    store.FreshUntil = time.GetTimestamp() + Ticks(Lifetime);
                }
            }

            return counted;
        }
        finally
        {
            if (refreshing)
            {
                lock (store)
                {
                    store.Refreshing = false;
                }
            }
        }
    }

    /// <summary>
    /// For an order status written in plain SQL (not through a tracked <see cref="Order"/>): call inside the transaction
    /// that changed it, after the statement, with the status before (null: a new order) and after (null: deleted). The
    /// counts move when that transaction commits; without a transaction, at once.
    /// </summary>
    public void Record(FulfilmentDbContext db, long storeId, OrderStatus? from, OrderStatus? to)
    {
        if (from == to)
        {
            return;
        }

        if (db.Database.CurrentTransaction is { } transaction)
        {
            Note(db, transaction.TransactionId, storeId, from, to);
            return;
        }

        var store = Store(storeId);
        lock (store)
        {
            store.Move(from, to);
        }
    }

    /// <summary>
    /// Drops a store's counts: they are counted again on the next read. For a change that cannot be described as
    /// <see cref="Record"/>s (a bulk statement), after its transaction commits.
    /// </summary>
    public void Forget(long storeId)
    {
        var store = Store(storeId);
        lock (store)
        {
            store.Forget();
        }
    }

    /// <summary>What the store's counts are now (tests).</summary>
    internal InboxCounts? Known(long storeId) => _stores.TryGetValue(storeId, out var store) ? store.Counts : null;

    /// <summary>Called as a context saves: notes every order it adds, deletes or moves to another status.</summary>
    internal void Noting(FulfilmentDbContext db, IEnumerable<Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry> entries)
    {
        var transaction = db.Database.CurrentTransaction?.TransactionId ?? OrderCountChanges.OwnTransaction;
        foreach (var entry in entries)
        {
            if (entry.Entity is not Order order)
            {
                continue;
            }

            switch (entry.State)
            {
                case EntityState.Added:
                    Note(db, transaction, order.StoreId, null, order.Status);
                    break;
                case EntityState.Deleted:
                    Note(db, transaction, order.StoreId, entry.Property(nameof(Order.Status)).OriginalValue as OrderStatus?, null);
                    break;
                case EntityState.Modified when entry.Property(nameof(Order.Status)) is { IsModified: true } status
                                               && !Equals(status.OriginalValue, status.CurrentValue):
                    Note(db, transaction, order.StoreId, (OrderStatus)status.OriginalValue!, order.Status);
                    break;
            }
        }
    }

    /// <summary>
    /// A save ended. Outside a transaction of the context's, EF committed it itself (or not): apply or forget its changes.
    /// A failed save inside one marks that transaction's changes as uncertain: should it still commit, the stores are
    /// counted again rather than moved by changes that may not have been written.
    /// </summary>
    internal void SaveEnded(FulfilmentDbContext db, bool saved)
    {
        if (db.OrderCountChanges is not { } pending)
        {
            return;
        }

        if (db.Database.CurrentTransaction is { } transaction)
        {
            if (!saved)
            {
                pending.Uncertain(transaction.TransactionId);
            }

            return;
        }

        if (pending.Take(OrderCountChanges.OwnTransaction) is { } changes)
        {
            End(changes.Changes, saved ? Outcome.Committed : Outcome.Unknown);
        }
    }

    /// <summary>A transaction started: changes noted under an earlier one that ended without a commit were rolled back.</summary>
    internal void TransactionStarted(FulfilmentDbContext db, Guid transaction)
    {
        foreach (var abandoned in db.OrderCountChanges?.TakeAllBut(transaction) ?? [])
        {
            End(abandoned.Changes, Outcome.RolledBack);
        }
    }

    internal void TransactionEnded(FulfilmentDbContext db, Guid transaction, Outcome outcome)
    {
        if (db.OrderCountChanges?.Take(transaction) is { } changes)
        {
            End(changes.Changes, outcome == Outcome.Committed && changes.Uncertain ? Outcome.Unknown : outcome);
        }
    }

    /// <summary>
    /// The context is disposed with changes whose transaction never said how it ended (a step that threw): they were
    /// most likely rolled back with it, but the stores are counted again rather than trusted to that.
    /// </summary>
    internal void Abandoned(OrderCountChanges pending)
    {
        foreach (var changes in pending.TakeAllBut(null))
        {
            End(changes.Changes, Outcome.Unknown);
        }
    }

    private void Note(FulfilmentDbContext db, Guid transaction, long storeId, OrderStatus? from, OrderStatus? to)
    {
        var changes = db.OrderCountChanges ??= new OrderCountChanges(this);
        var store = Store(storeId);
        if (changes.Add(transaction, new Change(storeId, from, to)))
        {
            // The first change of this store in this transaction: counts read from now until it is applied are not kept.
            lock (store)
            {
                store.Unapplied++;
            }
        }
    }

    private void End(List<Change> changes, Outcome outcome)
    {
        foreach (var group in changes.GroupBy(c => c.StoreId))
        {
            var store = Store(group.Key);
            lock (store)
            {
                store.Unapplied--;
                switch (outcome)
                {
                    case Outcome.Committed:
                        foreach (var change in group)
                        {
                            store.Move(change.From, change.To);
                        }

                        break;
                    case Outcome.Unknown:
                        store.Forget();
                        break;
                }
            }
        }
    }

    /// <summary>A store's entry, made on first use and kept (a few dozen bytes per store that was read or written).</summary>
    private StoreCounts Store(long storeId) => _stores.GetOrAdd(storeId, static _ => new StoreCounts());

    private long Ticks(TimeSpan span) => (long)(span.TotalSeconds * time.TimestampFrequency);

    internal enum Outcome
    {
        Committed,
        RolledBack,

        /// <summary>The commit failed or was never reported: it may or may not have happened.</summary>
        Unknown,
    }

    internal sealed record Change(long StoreId, OrderStatus? From, OrderStatus? To);

    /// <summary>One store's counts; every field is read and written under a lock on the object.</summary>
    private sealed class StoreCounts
    {
        public InboxCounts? Counts;
        public long FreshUntil;
        public bool Refreshing;

        /// <summary>Moves whenever counts change or are forgotten: a count read across a move is not kept.</summary>
        public long Version;

        /// <summary>Transactions that changed this store's orders and are not yet applied or dropped.</summary>
        public int Unapplied;

        public void Move(OrderStatus? from, OrderStatus? to)
        {
            Version++;
            if (Counts is null)
            {
                return;
            }

            var c = Counts;
            int Delta(OrderStatus s) => (to == s ? 1 : 0) - (from == s ? 1 : 0);
            Counts = new InboxCounts(
                c.AwaitingShipment + Delta(OrderStatus.AwaitingShipment),
                c.PartiallyShipped + Delta(OrderStatus.PartiallyShipped),
                c.Shipped + Delta(OrderStatus.Shipped));
        }

        public void Forget()
        {
            Version++;
            Counts = null;
        }
    }
}

/// <summary>The order count changes a context saved, by the transaction they belong to, until it ends.</summary>
internal sealed class OrderCountChanges(OrderCounts counts)
{
    /// <summary>A save outside any transaction of the context's (EF wraps it in its own, committed before the save returns).</summary>
    public static readonly Guid OwnTransaction = Guid.Empty;

    private readonly Dictionary<Guid, Pending> _byTransaction = [];

    public OrderCounts Counts => counts;

    public bool IsEmpty => _byTransaction.Count == 0;

    /// <summary>Adds a change; true when it is the first of its store in that transaction.</summary>
    public bool Add(Guid transaction, OrderCounts.Change change)
    {
        if (!_byTransaction.TryGetValue(transaction, out var pending))
        {
            _byTransaction[transaction] = pending = new Pending();
        }

        var first = !pending.Changes.Exists(c => c.StoreId == change.StoreId);
        pending.Changes.Add(change);
        return first;
    }

    public void Uncertain(Guid transaction)
    {
        if (_byTransaction.TryGetValue(transaction, out var pending))
        {
            pending.Uncertain = true;
        }
    }

    public Pending? Take(Guid transaction) => _byTransaction.Remove(transaction, out var pending) ? pending : null;

    /// <summary>Takes the changes of every transaction but <paramref name="keep"/> and a save's own.</summary>
    public List<Pending> TakeAllBut(Guid? keep)
    {
        var taken = new List<Pending>();
        foreach (var transaction in _byTransaction.Keys.Where(t => t != keep && (keep is null || t != OwnTransaction)).ToList())
        {
            taken.Add(Take(transaction)!);
        }

        return taken;
    }

    internal sealed class Pending
    {
        public List<OrderCounts.Change> Changes { get; } = [];

        /// <summary>A save in this transaction failed after noting them.</summary>
        public bool Uncertain { get; set; }
    }
}
