namespace Fulfilment.UnitTests.Warehouses;

public sealed class ServiceAreaMatchTests
{
    private static readonly Warehouse HangzhouByCity = new() { Code = "A", Kind = WarehouseKind.Collection, ServiceCities = ["Hangzhou", "杭州"] };
    private static readonly Warehouse XihuByPrefix = new() { Code = "B", Kind = WarehouseKind.Collection, ServicePostalCodePrefixes = ["3100"] };
    private static readonly Warehouse ZhejiangByPrefix = new() { Code = "C", Kind = WarehouseKind.Collection, ServicePostalCodePrefixes = ["31"] };
    private static readonly Warehouse Transit = new() { Code = "T", Kind = WarehouseKind.Transit, ServiceCities = ["Hangzhou"] };

    private static Address Sender(string city, string postal) => new() { City = city, PostalCode = postal };

    [Fact]
    public void The_longest_postal_prefix_wins_over_a_shorter_one_and_over_a_city() =>
        Assert.Same(XihuByPrefix, ServiceAreaMatch.Find([HangzhouByCity, ZhejiangByPrefix, XihuByPrefix], Sender("Hangzhou", "310012")));

    [Theory]
    [InlineData("hangzhou")]
    [InlineData(" Hangzhou City ")]
    [InlineData("杭州市")]
    public void A_city_matches_regardless_of_case_blanks_and_the_city_suffix(string city) =>
        Assert.Same(HangzhouByCity, ServiceAreaMatch.Find([HangzhouByCity], Sender(city, "999999")));

    [Fact]
    public void Transit_and_inactive_warehouses_never_collect()
    {
        var inactive = new Warehouse { Code = "D", Kind = WarehouseKind.Collection, Active = false, ServiceCities = ["Chengdu"] };
        Assert.Null(ServiceAreaMatch.Find([Transit, inactive], Sender("Chengdu", "610041")));
        Assert.Null(ServiceAreaMatch.Find([Transit], Sender("Hangzhou", "310012")));
    }

    [Fact]
    public void No_match_means_self_send() => Assert.Null(ServiceAreaMatch.Find([HangzhouByCity, XihuByPrefix], Sender("Chengdu", "610041")));
}
