namespace Fulfilment.Channels;

/// <summary>A logistics channel as the admin API answers it and the admin pages show it.</summary>
public sealed record ChannelView(
    string Code,
    string Name,
    string? ChineseName,
    string Carrier,
    string ServiceIndicator,
    string OriginCountry,
    bool Active,
    int MaxWeightGrams,
    IReadOnlyList<GoodsType> GoodsTypes,
    decimal ReturnServiceFee,
    IReadOnlyList<ChannelRateView> Rates,
    DateTimeOffset UpdatedAt)
{
    /// <summary>Maps a channel loaded with its rates; country rows alphabetically, the default <c>*</c> row last.</summary>
    public static ChannelView From(LogisticsChannel channel) => new(
        channel.Code,
        channel.Name,
        channel.ChineseName,
        channel.Carrier,
        channel.ServiceIndicator,
        channel.OriginCountry,
        channel.Active,
        channel.MaxWeightGrams,
        [.. channel.GoodsTypes.Order()],
        channel.ReturnServiceFee,
        [.. channel.Rates
            .OrderBy(r => r.CountryCode == ChannelRate.AnyCountry ? 1 : 0)
            .ThenBy(r => r.CountryCode, StringComparer.Ordinal)
            .Select(r => new ChannelRateView(r.CountryCode, r.RegistrationFee, r.PerKg, r.MinChargeableGrams))],
        channel.UpdatedAt);

    public ChannelRequest ToRequest() => new()
    {
        Code = Code,
        Name = Name,
        ChineseName = ChineseName,
        Carrier = Carrier,
        ServiceIndicator = ServiceIndicator,
        OriginCountry = OriginCountry,
        Active = Active,
        MaxWeightGrams = MaxWeightGrams,
        GoodsTypes = [.. GoodsTypes],
        ReturnServiceFee = ReturnServiceFee,
        Rates = [.. Rates.Select(r => new ChannelRateRequest { CountryCode = r.CountryCode, RegistrationFee = r.RegistrationFee, PerKg = r.PerKg, MinChargeableGrams = r.MinChargeableGrams })],
    };
}

public sealed record ChannelRateView(string CountryCode, decimal RegistrationFee, decimal PerKg, int MinChargeableGrams);

/// <summary>
/// A quote for one destination and weight: the freight, the rate row that priced it and the chargeable weight, or why
/// the channel cannot carry it.
/// </summary>
public sealed record QuotePreview(
    string CountryCode,
    int WeightGrams,
    bool Eligible,
    string? Reason,
    decimal? Freight,
    string? RateCountryCode,
    int? ChargeableGrams,
    string Currency)
{
    public static QuotePreview From(LogisticsChannel channel, string country, GoodsType goodsType, int weightGrams)
    {
        var quote = FreightQuote.For(channel, country, goodsType, weightGrams);
        var rate = channel.RateFor(country);
        return new(
            country,
            weightGrams,
            quote.Eligible,
            quote.Reason,
            quote.Freight,
            rate?.CountryCode,
            rate is null ? null : Math.Max(weightGrams, rate.MinChargeableGrams),
            Common.Money.DefaultCurrency);
    }
}
