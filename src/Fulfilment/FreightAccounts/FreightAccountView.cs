namespace Fulfilment.FreightAccounts;

public enum FreightAccountStatus
{
    Unbound,
    Bound,
}

/// <summary>The freight deduction account as pages and the API show it: the number only ever masked.</summary>
public sealed record FreightAccountView(
    FreightAccountStatus Status,
    PaymentMethod? Method,
    string? HolderName,
    string? AccountMasked,
    decimal Balance,
    string Currency,
    DateTimeOffset? BoundAt)
{
    public static readonly FreightAccountView Unbound = new(FreightAccountStatus.Unbound, null, null, null, 0m, Money.DefaultCurrency, null);

    public bool IsBound => Status == FreightAccountStatus.Bound;

    public static FreightAccountView From(FreightAccount? account) => account is null
        ? Unbound
        : new(FreightAccountStatus.Bound, account.Method, account.HolderName, account.AccountMasked, account.Balance, account.Currency, account.BoundAt);
}

/// <summary>One ledger entry: <c>amount</c> is signed, so the balance is the sum of the amounts.</summary>
public sealed record LedgerEntryView(
    long Id,
    DateTimeOffset At,
    LedgerEntryKind Kind,
    decimal Amount,
    decimal BalanceAfter,
    string? WaybillNumber,
    long? LogisticsOrderId,
    string? Note);

/// <summary>The answer to a top-up: the balance after it (and what was added).</summary>
public sealed record TopUpResult(decimal Balance, decimal Amount, string Currency, long LedgerEntryId);

/// <summary>Everything the freight account page shows at once, with what was withheld from the bound account this month (UTC).</summary>
public sealed record FreightAccountOverview(FreightAccountView Account, Paged<LedgerEntryView> Ledger, IReadOnlyList<Timeline.TimelineEvent> History, decimal WithheldThisMonth = 0m);
