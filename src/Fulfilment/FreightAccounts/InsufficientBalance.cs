namespace Fulfilment.FreightAccounts;

/// <summary>
/// A charge refused for want of money (or declined by the bound account's provider): <see cref="Missing"/> is what the
/// seller must add, <see cref="Balance"/> what the prepaid credit covers. The API shows them as <c>missingAmount</c>,
/// <c>balance</c> and <c>currency</c>.
/// </summary>
public sealed record InsufficientBalance(decimal Missing, decimal Balance) : ProblemData
{
    public override IReadOnlyDictionary<string, object?> Members() => new Dictionary<string, object?>
    {
        ["missingAmount"] = Missing,
        ["balance"] = Balance,
        ["currency"] = Money.DefaultCurrency,
    };
}
