using System.Globalization;

namespace Fulfilment.Web.Infrastructure;

/// <summary>How numbers read on every page: money with two decimals and the currency, weights in grams.</summary>
public static class Display
{
    public static string Money(decimal amount, string currency = Common.Money.DefaultCurrency) =>
        amount.ToString("N2", CultureInfo.CurrentCulture) + " " + currency;

    public static string Grams(int grams) => grams.ToString("N0", CultureInfo.CurrentCulture) + " g";

    public static string Country(string code) => $"{CountryNames.NameOf(code)} ({code})";

    // Dates and times: PageTime (injected into every view as Time) shows them in the viewer's time zone.
}
