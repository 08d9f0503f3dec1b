namespace Fulfilment.UnitTests.Channels;

public sealed class FreightQuoteTests
{
    private static LogisticsChannel Channel(bool active = true) => new()
    {
        Code = "TEST",
        Active = active,
        MaxWeightGrams = 2000,
        GoodsTypes = [GoodsType.General, GoodsType.Battery],
        Rates =
        [
            new ChannelRate { CountryCode = "US", RegistrationFee = 18.00m, PerKg = 95.00m, MinChargeableGrams = 50 },
            new ChannelRate { CountryCode = "*", RegistrationFee = 22.00m, PerKg = 110.00m, MinChargeableGrams = 100 },
        ],
    };

    [Fact]
    public void Freight_is_registration_plus_rate_per_kilogram_of_the_parcel_weight()
    {
        var quote = FreightQuote.For(Channel(), "US", GoodsType.General, 420);
        Assert.True(quote.Eligible);
        Assert.Equal(18.00m + (95.00m * 0.420m), quote.Freight); // 57.90
    }

    [Fact]
    public void A_light_parcel_is_charged_the_minimum_chargeable_weight() =>
        Assert.Equal(18.00m + (95.00m * 0.050m), FreightQuote.For(Channel(), "US", GoodsType.General, 10).Freight); // 22.75

    [Fact]
    public void The_country_row_wins_over_the_default_row_and_the_default_serves_the_rest()
    {
        Assert.Equal(18.00m + 9.50m, FreightQuote.For(Channel(), "US", GoodsType.General, 100).Freight);
        Assert.Equal(22.00m + 11.00m, FreightQuote.For(Channel(), "DE", GoodsType.General, 100).Freight);
    }

    [Fact]
    public void Freight_rounds_half_away_from_zero_to_cents()
    {
        var rate = new ChannelRate { CountryCode = "*", RegistrationFee = 0m, PerKg = 10.01m, MinChargeableGrams = 0 };
        Assert.Equal(5.01m, FreightQuote.Calculate(rate, 500)); // 5.005 → 5.01
        Assert.Equal(0.01m, FreightQuote.Calculate(rate, 1)); // 0.01001 → 0.01
    }

    [Fact]
    public void A_channel_without_a_row_for_the_country_nor_a_default_does_not_serve_it()
    {
        var channel = Channel();
        channel.Rates.RemoveAll(r => r.CountryCode == "*");
        var quote = FreightQuote.For(channel, "DE", GoodsType.General, 100);
        Assert.Equal(Ineligibility.DestinationNotServed, quote.Ineligible);
        Assert.Null(quote.Freight);
    }

    [Theory]
    [InlineData(GoodsType.Liquid, 100, true, Ineligibility.GoodsTypeNotAccepted)]
    [InlineData(GoodsType.General, 2001, true, Ineligibility.OverWeightLimit)]
    [InlineData(GoodsType.General, 100, false, Ineligibility.Inactive)]
    public void Ineligible_channels_say_why(GoodsType goods, int grams, bool active, Ineligibility expected)
    {
        var quote = FreightQuote.For(Channel(active), "US", goods, grams);
        Assert.False(quote.Eligible);
        Assert.Equal(expected, quote.Ineligible);
        Assert.False(string.IsNullOrWhiteSpace(quote.Reason));
    }

    [Fact]
    public void The_weight_limit_itself_is_allowed() => Assert.True(FreightQuote.For(Channel(), "US", GoodsType.General, 2000).Eligible);
}
