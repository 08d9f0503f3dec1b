namespace Fulfilment.FreightAccounts;

/// <summary>
/// One movement of money on a store's freight account. Append-only: the database refuses updates and deletes.
/// <see cref="Amount"/> is signed (a charge is negative), so the balance is the sum of the amounts.
/// </summary>
public sealed class FreightLedgerEntry
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public Store? Store { get; set; }
    public DateTimeOffset At { get; set; }
    public LedgerEntryKind Kind { get; set; }
    public decimal Amount { get; set; }
    public decimal BalanceAfter { get; set; }
    public long? LogisticsOrderId { get; set; }
    public string? WaybillNumber { get; set; }
    public string? Note { get; set; }

    /// <summary>
    /// For a <see cref="LedgerEntryKind.Withholding"/>: the business step's reference sent to the gateway (unique, so
    /// one step never withholds twice) and the gateway's authorisation.
    /// </summary>
    public string? Reference { get; set; }

    public string? AuthorisationId { get; set; }
    public string Actor { get; set; } = "";
}
