namespace Fulfilment.FreightAccounts;

public static class FreightAccountProblems
{
    public static Problem Unbound() => new(
        ProblemCodes.FreightAccountUnbound,
        Text.Get("Bind a freight deduction account first: it pays the freight of every online-shipping parcel."));

    /// <summary>
    /// The bound account has not enough money for the shortfall the prepaid credit leaves: nothing was charged. Names the
    /// amount, so the seller can add that much prepaid credit or rebind another account.
    /// </summary>
    public static Problem WithholdingInsufficient(DeductionSplit split, string account) => new(
        ProblemCodes.InsufficientBalance,
        Text.Format(
            "{0} could not pay the {1:0.00} {3} to withhold (prepaid credit covers {2:0.00} {3}): not enough funds. Nothing was charged. Rebind another account, or add at least {1:0.00} {3} of prepaid credit, then try again.",
            account, split.Withheld, split.CreditUsed, Money.DefaultCurrency),
        Data: new InsufficientBalance(split.Withheld, split.CreditUsed));

    /// <summary>The provider refused the withholding (not for funds): nothing was charged; rebind or add credit.</summary>
    public static Problem WithholdingDeclined(DeductionSplit split, string account) => new(
        ProblemCodes.DeductionDeclined,
        Text.Format(
            "The provider of {0} declined the deduction of {1:0.00} {2}. Nothing was charged. Rebind another account, or add at least {1:0.00} {2} of prepaid credit, then try again.",
            account, split.Withheld, Money.DefaultCurrency),
        Data: new InsufficientBalance(split.Withheld, split.CreditUsed));

    /// <summary>Names how much is missing, so the seller knows what to top up.</summary>
    public static Problem InsufficientBalance(decimal missing, decimal balance) => new(
        ProblemCodes.InsufficientBalance,
        Text.Format("The balance is {0:0.00} {2}; top up at least {1:0.00} {2} to continue.", balance, missing, Money.DefaultCurrency),
        Data: new InsufficientBalance(missing, balance));
}
