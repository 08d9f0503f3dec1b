namespace Fulfilment.FreightAccounts;

/// <summary>
/// The store's freight deduction account: the bound payment method (only ever shown masked, withheld from through its
/// gateway token) and the optional prepaid credit (the balance), which is used first.
/// The balance changes only through <see cref="FreightLedger"/>, which writes a ledger entry in the same statement
/// sequence; the database refuses a negative balance.
/// </summary>
public sealed class FreightAccount
{
    public long StoreId { get; set; }
    public Store? Store { get; set; }
    public PaymentMethod Method { get; private set; }
    public string HolderName { get; private set; } = "";

    /// <summary>The account number as shown to people, e.g. <c>**** 4821</c>. The full number is never stored.</summary>
    public string AccountMasked { get; private set; } = "";

    /// <summary>
    /// The payment provider's opaque token for the bound account (<see cref="IWithholdingGateway.Tokenise"/>): what a
    /// shortfall is withheld from. Never shown.
    /// </summary>
    public string GatewayToken { get; private set; } = "";

    public decimal Balance { get; private set; }
    public string Currency { get; private set; } = Common.Money.DefaultCurrency;
    public DateTimeOffset BoundAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public uint Version { get; private set; }

    public static FreightAccount Bind(long storeId, PaymentMethod method, string holderName, string accountNumber, string gatewayToken, DateTimeOffset now) =>
        new()
        {
            StoreId = storeId,
            Method = method,
            HolderName = holderName,
            AccountMasked = Mask(accountNumber),
            GatewayToken = gatewayToken,
            BoundAt = now,
            UpdatedAt = now,
        };

    /// <summary>Rebinding replaces the payment method (and its token) and keeps the prepaid credit.</summary>
    public void Rebind(PaymentMethod method, string holderName, string accountNumber, string gatewayToken, DateTimeOffset now)
    {
        Method = method;
        HolderName = holderName;
        AccountMasked = Mask(accountNumber);
        GatewayToken = gatewayToken;
        BoundAt = now;
        UpdatedAt = now;
    }

    /// <summary>
    /// What may be shown of an account number: the last four digits (<c>**** 4821</c>); for an Alipay email the first
    /// letter and the domain (<c>s***@example.com</c>), which the seller recognises and nobody else can use.
    /// </summary>
    public static string Mask(string accountNumber)
    {
        var at = accountNumber.IndexOf('@', StringComparison.Ordinal);
        if (at > 0)
        {
            return accountNumber[0] + "***" + accountNumber[at..];
        }

        var visible = accountNumber.Length <= 4 ? accountNumber : accountNumber[^4..];
        return "**** " + visible;
    }
}
