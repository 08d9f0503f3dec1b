using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Fulfilment.Data;

/// <summary>
/// Versions of the rows this process caches in memory: a cache keeps what it loaded with the version current before
/// it read, and drops it as soon as the version moves. The version moves when this process saves such rows (at save
/// and again at commit, so a reader that loaded the old rows in between does not keep them) and when a statement
/// written in plain SQL changes them (<see cref="SignInsChanged"/>). Other instances of the app are not told: their
/// caches expire by age (see the caches).
/// </summary>
public sealed class ChangeSignals
{
    private long _signIns;
    private long _referenceData;

    /// <summary>Users (disabled, security stamp) and sign-in sessions (revoked, refreshed).</summary>
    public long SignIns => Interlocked.Read(ref _signIns);

    /// <summary>Channels with their rates, warehouses, and stores (their time zones).</summary>
    public long ReferenceData => Interlocked.Read(ref _referenceData);

    public void SignInsChanged() => Interlocked.Increment(ref _signIns);

    public void ReferenceDataChanged() => Interlocked.Increment(ref _referenceData);

    /// <summary>
    /// The context's transaction has committed: moves the versions of what it saved again. Called by the commit
    /// interceptor, and by <see cref="UnitOfWork"/> when its last batch committed with plain SQL.
    /// </summary>
    public void Committed(FulfilmentDbContext db)
    {
        if (db.PendingSignals.HasFlag(PendingSignals.SignIns))
        {
            SignInsChanged();
        }

        if (db.PendingSignals.HasFlag(PendingSignals.ReferenceData))
        {
            ReferenceDataChanged();
        }

        db.PendingSignals = PendingSignals.None;
    }
}

/// <summary>
/// Moves <see cref="ChangeSignals"/> when a context saves users, sessions, channels, rates or warehouses, and notes the
/// orders it adds, deletes or moves to another status for <see cref="OrderCounts"/>.
/// </summary>
public sealed class ChangeSignalInterceptor(ChangeSignals signals, OrderCounts orderCounts) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Ended(eventData.Context, saved: true);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, saved: true);
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => Ended(eventData.Context, saved: false);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData.Context, saved: false);
        return Task.CompletedTask;
    }

    private void Ended(DbContext? context, bool saved)
    {
        if (context is FulfilmentDbContext db)
        {
            orderCounts.SaveEnded(db, saved);
        }
    }

    private void Note(DbContext? context)
    {
        if (context is not FulfilmentDbContext db)
        {
            return;
        }

        var entries = db.ChangeTracker.Entries().ToList();
        orderCounts.Noting(db, entries);
        foreach (var entry in entries)
        {
            switch (entry)
            {
                case { State: EntityState.Modified or EntityState.Deleted, Entity: AppUser or SignInSession }:
                    db.PendingSignals |= PendingSignals.SignIns;
                    signals.SignInsChanged();
                    break;
                case { State: EntityState.Added or EntityState.Modified or EntityState.Deleted, Entity: LogisticsChannel or ChannelRate or Warehouse or Store }:
                    db.PendingSignals |= PendingSignals.ReferenceData;
                    signals.ReferenceDataChanged();
                    break;
            }
        }
    }
}

/// <summary>
/// Moves <see cref="ChangeSignals"/> again once the transaction that saved such rows has committed, and applies (or
/// drops, or forgets) the order count changes noted under a transaction as it ends (<see cref="OrderCounts"/>).
/// </summary>
public sealed class ChangeSignalCommitInterceptor(ChangeSignals signals, OrderCounts orderCounts) : DbTransactionInterceptor
{
    public override System.Data.Common.DbTransaction TransactionStarted(System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result)
    {
        Started(eventData);
        return result;
    }

    public override ValueTask<System.Data.Common.DbTransaction> TransactionStartedAsync(System.Data.Common.DbConnection connection, TransactionEndEventData eventData, System.Data.Common.DbTransaction result, CancellationToken cancellationToken = default)
    {
        Started(eventData);
        return ValueTask.FromResult(result);
    }

    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData)
    {
        Ended(eventData, OrderCounts.Outcome.Committed);
        Signal(eventData.Context);
    }

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, OrderCounts.Outcome.Committed);
        Signal(eventData.Context);
        return Task.CompletedTask;
    }

    public override void TransactionRolledBack(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) =>
        Ended(eventData, OrderCounts.Outcome.RolledBack);

    public override Task TransactionRolledBackAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, OrderCounts.Outcome.RolledBack);
        return Task.CompletedTask;
    }

    /// <summary>A commit or rollback that threw: whether the commit happened is unknown.</summary>
    public override void TransactionFailed(System.Data.Common.DbTransaction transaction, TransactionErrorEventData eventData) =>
        Ended(eventData, OrderCounts.Outcome.Unknown);

    public override Task TransactionFailedAsync(System.Data.Common.DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Ended(eventData, OrderCounts.Outcome.Unknown);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The context's transaction was committed by a COMMIT sent in a batch (<see cref="UnitOfWork"/>), which EF does not
    /// see: does what <see cref="TransactionCommitted"/> does.
    /// </summary>
    public void CommittedInBatch(FulfilmentDbContext db, Guid transactionId)
    {
        orderCounts.TransactionEnded(db, transactionId, OrderCounts.Outcome.Committed);
        signals.Committed(db);
    }

    private void Started(TransactionEventData eventData)
    {
        if (eventData.Context is FulfilmentDbContext db)
        {
            orderCounts.TransactionStarted(db, eventData.TransactionId);
        }
    }

    private void Ended(TransactionEventData eventData, OrderCounts.Outcome outcome)
    {
        if (eventData.Context is FulfilmentDbContext db)
        {
            orderCounts.TransactionEnded(db, eventData.TransactionId, outcome);
        }
    }

    private void Signal(DbContext? context)
    {
        if (context is FulfilmentDbContext db)
        {
            signals.Committed(db);
        }
    }
}

[Flags]
internal enum PendingSignals
{
    None = 0,
    SignIns = 1,
    ReferenceData = 2,
}
