using Fulfilment.Common;

namespace Fulfilment.FreightAccounts;

public static class FreightAccountProblems
{
    public static Problem Unbound() => new(
        ProblemCodes.FreightAccountUnbound,
        Text.Get("Bind a freight deduction account first: it pays the freight of every online-shipping parcel."));

    /// <summary>Names how much is missing, so the seller knows what to top up.</summary>
    public static Problem InsufficientBalance(decimal missing, decimal balance) => new(
        ProblemCodes.InsufficientBalance,
        Text.Format("The balance is {0:0.00} {2}; top up at least {1:0.00} {2} to continue.", balance, missing, Money.DefaultCurrency),
        Extensions: new Dictionary<string, object?>
        {
            ["missingAmount"] = missing,
            ["balance"] = balance,
            ["currency"] = Money.DefaultCurrency,
        });
}
