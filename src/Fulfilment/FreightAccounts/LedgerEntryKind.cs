namespace Fulfilment.FreightAccounts;

/// <summary>
/// What moved money on the freight account. A top-up, withholding or refund adds; a charge takes away. New kinds go
/// at the end: the column stores names, and clients switch on them.
/// </summary>
public enum LedgerEntryKind
{
    TopUp,
    Freight,
    ReturnFee,
    Adjustment,
    Refund,

    /// <summary>The shortfall of a charge taken from the bound account (代扣), posted just before the charge.</summary>
    Withholding,
}
