using System.Text.Json;
using Fulfilment.Common;

namespace Fulfilment.UnitTests;

public sealed class MoneyJsonTests
{
    [Theory]
    [InlineData(0, "0.00")]
    [InlineData(500, "500.00")]
    [InlineData(6.9, "6.90")]
    [InlineData(-12.5, "-12.50")]
    public void Money_is_written_with_two_decimals(decimal value, string json) =>
        Assert.Equal(json, JsonSerializer.Serialize(value, Json.Options));

    [Fact]
    public void Reading_keeps_what_was_sent_so_validation_can_refuse_a_third_decimal() =>
        Assert.Equal(1.005m, JsonSerializer.Deserialize<decimal>("1.005", Json.Options));

    [Fact]
    public void Nullable_money_uses_the_same_format() =>
        Assert.Equal("{\"a\":1.50,\"b\":null}", JsonSerializer.Serialize(new { a = (decimal?)1.5m, b = (decimal?)null }, Json.Options));
}
