namespace Fulfilment.Warehouses;

/// <summary>The freight a parcel's measured weight adds or gives back when a warehouse receives it.</summary>
public static class WeightAdjustment
{
    /// <summary>
    /// The freight difference the measured weight makes, quoted on the channel's rate row for the destination: the
    /// quote for the measured weight minus the quote for the declared weight. Only the weight moves the price; a rate
    /// card changed since the parcel was created does not. Never refunds more than the freight paid.
    /// </summary>
    public static decimal For(LogisticsOrder parcel, int measuredGrams)
    {
        var rate = parcel.Channel?.RateFor(parcel.Recipient.CountryCode);
        if (rate is null || measuredGrams == parcel.WeightGrams)
        {
            return 0m;
        }

        var difference = FreightQuote.Calculate(rate, measuredGrams) - FreightQuote.Calculate(rate, parcel.WeightGrams);
        return Math.Max(difference, -parcel.Freight);
    }
}
