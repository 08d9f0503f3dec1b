namespace Fulfilment.UnitTests.Channels;

public sealed class ChannelRequestValidatorTests
{
    private static ChannelRequest Valid() => new()
    {
        Code = "NEW_LINE", Name = "New line", Carrier = "Carrier", ServiceIndicator = "NL", OriginCountry = "CN", MaxWeightGrams = 2000,
        GoodsTypes = [GoodsType.General], ReturnServiceFee = 3.00m,
        Rates = [new() { CountryCode = "US", RegistrationFee = 10m, PerKg = 80m, MinChargeableGrams = 50 }, new() { CountryCode = "*", RegistrationFee = 12m, PerKg = 90m, MinChargeableGrams = 0 }],
    };

    private static IEnumerable<string> Errors(ChannelRequest request) =>
        new ChannelRequestValidator().Validate(request).Errors.Select(e => e.PropertyName).Distinct();

    [Fact]
    public void A_complete_channel_is_valid() => Assert.Empty(Errors(Valid()));

    [Theory]
    [InlineData("lp")]
    [InlineData("L1")]
    [InlineData("LPX")]
    [InlineData("")]
    public void The_service_indicator_is_two_capital_letters(string indicator) =>
        Assert.Contains("ServiceIndicator", Errors(Valid() with { ServiceIndicator = indicator }));

    [Fact]
    public void Rate_rows_name_their_own_fields_and_duplicates()
    {
        var request = Valid() with
        {
            Rates = [new() { CountryCode = "US", RegistrationFee = -1m, PerKg = 1.005m, MinChargeableGrams = 0 }, new() { CountryCode = "us", RegistrationFee = 1m, PerKg = 1m, MinChargeableGrams = 0 }, new() { CountryCode = "XX", RegistrationFee = 1m, PerKg = 1m, MinChargeableGrams = null }],
        };
        var errors = Errors(request).ToList();
        Assert.Contains("Rates[0].RegistrationFee", errors);
        Assert.Contains("Rates[0].PerKg", errors);
        Assert.Contains("Rates[1].CountryCode", errors);
        Assert.Contains("Rates[2].CountryCode", errors);
        Assert.Contains("Rates[2].MinChargeableGrams", errors);
    }

    [Fact]
    public void At_least_one_rate_row_and_one_goods_type() =>
        Assert.Equal(["GoodsTypes", "Rates"], Errors(Valid() with { Rates = [], GoodsTypes = [] }).Order());
}
