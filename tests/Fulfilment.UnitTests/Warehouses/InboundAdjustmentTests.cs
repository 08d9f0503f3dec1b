namespace Fulfilment.UnitTests.Warehouses;

public sealed class InboundAdjustmentTests
{
    private static LogisticsOrder Parcel(int declaredGrams, params ChannelRate[] rates)
    {
        var channel = new LogisticsChannel { Code = "T", Rates = [.. rates] };
        var parcel = new LogisticsOrder { Channel = channel, WeightGrams = declaredGrams, Recipient = new Address { CountryCode = "US" } };
        parcel.Open(HandoverMode.DoorPickup, 1, FreightQuote.Calculate(channel.RateFor("US")!, declaredGrams), DateTimeOffset.UtcNow);
        return parcel;
    }

    private static readonly ChannelRate Us = new() { CountryCode = "US", RegistrationFee = 18.00m, PerKg = 95.00m, MinChargeableGrams = 50 };

    [Fact]
    public void A_heavier_parcel_pays_the_difference_of_the_two_quotes() =>
        Assert.Equal(47.50m, WeightAdjustment.For(Parcel(300, Us), 800)); // 18 + 76.00 − (18 + 28.50)

    [Fact]
    public void A_lighter_parcel_is_refunded_the_difference() =>
        Assert.Equal(-19.00m, WeightAdjustment.For(Parcel(500, Us), 300));

    [Fact]
    public void Weights_under_the_minimum_chargeable_weight_change_nothing() =>
        Assert.Equal(0m, WeightAdjustment.For(Parcel(20, Us), 45));

    [Fact]
    public void The_default_row_prices_a_country_without_its_own_row()
    {
        var any = new ChannelRate { CountryCode = ChannelRate.AnyCountry, RegistrationFee = 10m, PerKg = 100m, MinChargeableGrams = 0 };
        Assert.Equal(10.00m, WeightAdjustment.For(Parcel(100, any), 200));
    }

    [Fact]
    public void Rounding_follows_the_quote_rule() =>
        Assert.Equal(0.10m, WeightAdjustment.For(Parcel(300, Us), 301)); // 46.595 → 46.60 vs 46.50
}
