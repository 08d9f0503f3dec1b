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

    /// <summary>Channels with their rates, and warehouses.</summary>
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

/// <summary>Moves <see cref="ChangeSignals"/> when a context saves users, sessions, channels, rates or warehouses.</summary>
public sealed class ChangeSignalInterceptor(ChangeSignals signals) : SaveChangesInterceptor
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

    private void Note(DbContext? context)
    {
        if (context is not FulfilmentDbContext db)
        {
            return;
        }

        foreach (var entry in db.ChangeTracker.Entries())
        {
            switch (entry)
            {
                case { State: EntityState.Modified or EntityState.Deleted, Entity: AppUser or SignInSession }:
                    db.PendingSignals |= PendingSignals.SignIns;
                    signals.SignInsChanged();
                    break;
                case { State: EntityState.Added or EntityState.Modified or EntityState.Deleted, Entity: LogisticsChannel or ChannelRate or Warehouse }:
                    db.PendingSignals |= PendingSignals.ReferenceData;
                    signals.ReferenceDataChanged();
                    break;
            }
        }
    }
}

/// <summary>Moves <see cref="ChangeSignals"/> again once the transaction that saved such rows has committed.</summary>
public sealed class ChangeSignalCommitInterceptor(ChangeSignals signals) : DbTransactionInterceptor
{
    public override void TransactionCommitted(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData) => Signal(eventData.Context);

    public override Task TransactionCommittedAsync(System.Data.Common.DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Signal(eventData.Context);
        return Task.CompletedTask;
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
