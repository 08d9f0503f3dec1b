namespace Fulfilment.Web.Infrastructure;

/// <summary>How numbers read on every page: money with two decimals and the currency, weights in grams.</summary>
public static class Display
{
    public static string Money(decimal amount, string currency = Common.Money.DefaultCurrency) =>
        amount.ToString("N2", CultureInfo.CurrentCulture) + " " + currency;

    public static string Grams(int grams) => grams.ToString("N0", CultureInfo.CurrentCulture) + " g";

    /// <summary>A count that stops one past <paramref name="cap"/>: "10,000+" beyond it.</summary>
    public static string Count(int count, int cap = int.MaxValue) =>
        count > cap ? cap.ToString("N0", CultureInfo.CurrentCulture) + "+" : count.ToString("N0", CultureInfo.CurrentCulture);

    public static string Country(string code) => $"{CountryNames.NameOf(code)} ({code})";

    /// <summary>A channel's name in the UI language: its admin-set Chinese name in the Chinese UI, else its name.</summary>
    public static string Channel(string name, string? chineseName) =>
        Fulfilment.Channels.LogisticsChannel.DisplayName(name, chineseName, Fulfilment.Channels.ChannelNameService.ChineseUi);

    // Dates and times: PageTime (injected into every view as Time) shows them in the viewer's time zone.
}
