namespace Fulfilment.FreightAccounts;

/// <summary>How the freight deduction account is funded.</summary>
public enum PaymentMethod
{
    Alipay,
    BankCard,
}
