using Fulfilment.Common;
using Fulfilment.Data;

namespace Fulfilment.FreightAccounts;

/// <summary>
/// The one code path that moves money: a conditional update of the balance that cannot go below zero, and the
/// ledger entry recording it, in the caller's transaction. Concurrent postings on one account queue on its row
/// lock, so every entry's balance-after is exact and the balance always equals the sum of the ledger.
/// </summary>
[ScopedService]
public sealed class FreightLedger(FulfilmentDbContext db, IClock clock)
{
    /// <summary>
    /// Adds the posting's amount (negative for a charge) to the store's balance and appends the entry.
    /// Fails with <c>freight_account_unbound</c>, or <c>insufficient_balance</c> naming the missing amount.
    /// </summary>
    public async Task<Result<FreightLedgerEntry>> Post(LedgerPosting posting, CancellationToken ct)
    {
        if (posting.Amount == 0 || !Money.HasAtMostTwoDecimals(posting.Amount))
        {
            throw new ArgumentException($"A ledger amount is a non-zero number of cents, not {posting.Amount}.", nameof(posting));
        }

        var now = clock.UtcNow;
        var balance = await db.ScalarAsync<decimal?>(
            """
            UPDATE freight_accounts SET balance = balance + @amount, updated_at = @now
            WHERE store_id = @store AND balance + @amount >= 0
            RETURNING balance
            """,
            ct,
            ("amount", posting.Amount),
            ("now", now),
            ("store", posting.StoreId));

        if (balance is null)
        {
            return await WhyRefused(posting, ct);
        }

        var entry = new FreightLedgerEntry
        {
            StoreId = posting.StoreId,
            At = now,
            Kind = posting.Kind,
            Amount = posting.Amount,
            BalanceAfter = balance.Value,
            LogisticsOrderId = posting.LogisticsOrderId,
            WaybillNumber = posting.WaybillNumber,
            Note = posting.Note,
            Actor = posting.Actor,
        };
        db.FreightLedger.Add(entry);
        return entry;
    }

    private async Task<Problem> WhyRefused(LedgerPosting posting, CancellationToken ct)
    {
        var current = await db.ScalarAsync<decimal?>("SELECT balance FROM freight_accounts WHERE store_id = @store", ct, ("store", posting.StoreId));
        if (current is null)
        {
            return FreightAccountProblems.Unbound();
        }

        return FreightAccountProblems.InsufficientBalance(-posting.Amount - current.Value, current.Value);
    }
}

/// <summary>One movement to post: signed amount (a charge is negative), why, and for which parcel.</summary>
public sealed record LedgerPosting(
    long StoreId,
    LedgerEntryKind Kind,
    decimal Amount,
    string Actor,
    long? LogisticsOrderId = null,
    string? WaybillNumber = null,
    string? Note = null);
