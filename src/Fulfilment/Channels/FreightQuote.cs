namespace Fulfilment.Channels;

/// <summary>Why a channel cannot take a parcel.</summary>
public enum Ineligibility
{
    Inactive,
    DestinationNotServed,
    GoodsTypeNotAccepted,
    OverWeightLimit,
}

/// <summary>A channel's answer for one parcel: the freight, or why it cannot carry it.</summary>
public sealed record FreightQuote(LogisticsChannel Channel, Ineligibility? Ineligible, decimal? Freight)
{
    public bool Eligible => Ineligible is null;

    public string? Reason => Ineligible switch
    {
        null => null,
        Ineligibility.Inactive => Text.Get("This channel is not in service."),
        Ineligibility.DestinationNotServed => Text.Get("Does not serve the destination country."),
        Ineligibility.GoodsTypeNotAccepted => Text.Get("Does not accept this goods type."),
        Ineligibility.OverWeightLimit => Text.Format("Over the weight limit of {0} g.", Channel.MaxWeightGrams.ToString("N0", CultureInfo.CurrentCulture)),
        _ => throw new InvalidOperationException(Ineligible.ToString()),
    };

    /// <summary>
    /// Quotes a parcel (domain.md): chargeable grams = max(weight, the rate's minimum chargeable weight);
    /// freight = registration fee + per-kg rate × chargeable grams / 1000, rounded half away from zero.
    /// </summary>
    public static FreightQuote For(LogisticsChannel channel, string destinationCountry, GoodsType goodsType, int weightGrams)
    {
        if (!channel.Active)
        {
            return new(channel, Ineligibility.Inactive, null);
        }

        var rate = channel.RateFor(destinationCountry);
        if (rate is null)
        {
            return new(channel, Ineligibility.DestinationNotServed, null);
        }

        if (!channel.GoodsTypes.Contains(goodsType))
        {
            return new(channel, Ineligibility.GoodsTypeNotAccepted, null);
        }

        if (weightGrams > channel.MaxWeightGrams)
        {
            return new(channel, Ineligibility.OverWeightLimit, null);
        }

        return new(channel, null, Calculate(rate, weightGrams));
    }

    public static decimal Calculate(ChannelRate rate, int weightGrams)
    {
        var chargeableGrams = Math.Max(weightGrams, rate.MinChargeableGrams);
        return Money.Round(rate.RegistrationFee + (rate.PerKg * chargeableGrams / 1000m));
    }
}
