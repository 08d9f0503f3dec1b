using NpgsqlTypes;

namespace Fulfilment.FreightAccounts;

/// <summary>
/// The one code path that moves money: a conditional update of the balance that cannot go below zero, and the
/// ledger entry recording it, in the caller's transaction. Concurrent postings on one account queue on its row
/// lock, so every entry's balance-after is exact and the balance always equals the sum of the ledger.
/// </summary>
[ScopedService]
public sealed class FreightLedger(FulfilmentDbContext db, UnitOfWork unitOfWork, IClock clock, IWithholdingGateway gateway)
{
    /// <summary>The row every charge of a store locks: its freight account (the <see cref="HotRowGate"/>'s queue).</summary>
    public static HotRow AccountRow(long storeId) => new("freight_accounts", storeId);

    /// <summary>
    /// Charges one business step (freight and return fee of a parcel, or a weight adjustment): prepaid credit first, the
    /// shortfall withheld from the bound account through the gateway under <see cref="ChargePosting.Reference"/>, posted
    /// as a <see cref="LedgerEntryKind.Withholding"/> entry before the charges. The account row stays locked until the
    /// caller's transaction ends, so racing charges split exactly. A declined withholding posts nothing.
    /// </summary>
    public async Task<Result<DeductionSplit>> Charge(ChargePosting posting, CancellationToken ct, decimal? balanceSeen = null)
    {
        var total = posting.Charges.Sum(c => c.Amount);
        if (posting.Charges.Count == 0)
        {
            return new DeductionSplit(0m, 0m, 0m);
        }

        if ( posting.Charges.Any(c => c.Amount <= 0 || !Money.HasAtMostTwoDecimals(c.Amount)))
        {
            throw new ArgumentException("A charge is one or more positive amounts of whole cents.", nameof(posting));
        }

        // The usual case, the credit covers the whole charge: one statement (ChargeFromCredit) posts it, sent with the
        // COMMIT as the step's last round trip, so the account row, which every charge of the store queues on, is locked
        // for that statement and the commit only. Should a racing charge have used the credit by then, the statement
        // raises, the step reruns and finds its way here again with the new balance. A caller that has just read the
        // balance in this transaction passes it (balanceSeen) and saves a round trip.
        var unlocked = balanceSeen ?? await db.ScalarAsync<decimal?>("SELECT balance FROM freight_accounts WHERE store_id = @store", ct, ("store", posting.StoreId));
        if (unlocked >= total && await unitOfWork.AtCommit(ChargeFromCredit(posting, total), ct, lockedByAll: AccountRow(posting.StoreId)))
        {
            return new DeductionSplit(total, total, 0m);
        }

        // The lock must last to COMMIT: a step that read outside its transaction (a ship) begins it here.
        await unitOfWork.BeginNow(ct);
        var credit = await db.ScalarAsync<decimal?>(
            "SELECT balance FROM freight_accounts WHERE store_id = @store FOR UPDATE", ct, ("store", posting.StoreId));
        if (credit is null)
        {
            return FreightAccountProblems.Unbound();
        }

        var split = DeductionSplit.For(credit.Value, total);
        if (split.Withheld > 0)
        {
            var token = await db.ScalarAsync<string>("SELECT gateway_token FROM freight_accounts WHERE store_id = @store", ct, ("store", posting.StoreId));
            var outcome = await gateway.Withhold(token ?? "", split.Withheld, Money.DefaultCurrency, posting.Reference, ct);
            if (outcome.Status != WithholdingStatus.Approved)
            {
                var masked = await db.FreightAccounts.IgnoreQueryFilters().Where(a => a.StoreId == posting.StoreId).Select(a => a.AccountMasked).SingleAsync(ct);
                return outcome.Status == WithholdingStatus.InsufficientFunds
                    ? FreightAccountProblems.WithholdingInsufficient(split, masked)
                    : FreightAccountProblems.WithholdingDeclined(split, masked);
            }

            var withheld = await Post(
                new LedgerPosting(posting.StoreId, LedgerEntryKind.Withholding, split.Withheld, posting.Actor, posting.LogisticsOrderId, posting.WaybillNumber, posting.Note)
                {
                    Reference = posting.Reference,
                    AuthorisationId = outcome.AuthorisationId,
                },
                ct);
            if (!withheld.IsSuccess)
            {
                return withheld.Problem;
            }
        }

        foreach (var (kind, amount) in posting.Charges)
        {
            var charged = await Post(new LedgerPosting(posting.StoreId, kind, -amount, posting.Actor, posting.LogisticsOrderId, posting.WaybillNumber, posting.Note), ct);
            if (!charged.IsSuccess)
            {
                return charged.Problem;
            }
        }

        return split;
    }

    /// <summary>
    /// The statement that takes the whole charge from the prepaid credit and appends one entry per charge, in order,
    /// each with its exact balance-after; the row lock is taken by the update and held to commit, as in
    /// <see cref="Post"/>. It raises SQLSTATE 40001 (nothing changed) when the credit no longer covers the charge or
    /// there is no account: the step reruns and takes the general path (withholding, or the precise refusal).
    /// </summary>
    private NpgsqlBatchCommand ChargeFromCredit(ChargePosting posting, decimal total)
    {
        // Entry i leaves the balance at (new balance + the charges after it).
        var after = new decimal[posting.Charges.Count];
        for (var i = posting.Charges.Count - 2; i >= 0; i--)
        {
            after[i] = after[i + 1] + posting.Charges[i + 1].Amount;
        }

        var command = new NpgsqlBatchCommand("""
            WITH account AS (
                UPDATE freight_accounts SET balance = balance - $1, updated_at = $2
                WHERE store_id = $3 AND balance >= $1
                RETURNING balance),
            entries AS (
                INSERT INTO freight_ledger_entries (store_id, at, kind, amount, balance_after, logistics_order_id, waybill_number, note, actor)
                SELECT $3, $2, c.kind, -c.amount, account.balance + c.after, $4, $5, $6, $7
                FROM account, unnest($8::text[], $9::numeric[], $10::numeric[]) WITH ORDINALITY AS c(kind, amount, after, n)
                ORDER BY c.n)
            SELECT fulfilment_require(EXISTS (SELECT FROM account), 'the prepaid credit no longer covers the charge')
            """);
        command.Parameters.Add(new NpgsqlParameter<decimal>{ TypedValue = total });
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = clock.UtcNow });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = posting.StoreId });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Bigint, Value = (object?)posting.LogisticsOrderId ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)posting.WaybillNumber ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)posting.Note ?? DBNull.Value });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = posting.Actor });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. posting.Charges.Select(c => c.Kind.ToString())] });
        command.Parameters.Add(new NpgsqlParameter<decimal[]> { TypedValue = [.. posting.Charges.Select(c => c.Amount)] });
        command.Parameters.Add(new NpgsqlParameter<decimal[]> { TypedValue = after });
        return command;
    }

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
            Reference = posting.Reference,
            AuthorisationId = posting.AuthorisationId,
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
    string? Note = null)
{
    public string? Reference { get; init; }

    public string? AuthorisationId { get; init; }
}

/// <summary>
/// The charges of one business step, each a positive amount, and the step's reference: the same step (a rerun, a retry)
/// gives the same reference, so the gateway withholds for it once.
/// </summary>
public sealed record ChargePosting(
    long StoreId,
    IReadOnlyList<(LedgerEntryKind Kind, decimal Amount)> Charges,
    string Actor,
    string Reference,
    long? LogisticsOrderId = null,
    string? WaybillNumber = null,
    string? Note = null);
