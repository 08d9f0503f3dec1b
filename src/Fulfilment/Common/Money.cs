namespace Fulfilment.Common;

/// <summary>Money rules: two decimal places, rounded half away from zero, one settlement currency.</summary>
public static class Money
{
    public const string DefaultCurrency = "CNY";

    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    public static bool HasAtMostTwoDecimals(decimal amount) => amount == Math.Round(amount, 2);
}
