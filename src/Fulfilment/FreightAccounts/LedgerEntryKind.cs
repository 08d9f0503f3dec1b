namespace Fulfilment.FreightAccounts;

/// <summary>What moved money on the freight account. A top-up or refund adds; a charge takes away.</summary>
public enum LedgerEntryKind
{
    TopUp,
    Freight,
    ReturnFee,
    Adjustment,
    Refund,
}
