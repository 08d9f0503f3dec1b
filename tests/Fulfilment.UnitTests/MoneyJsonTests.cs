using System.Text.Json;

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

    [Theory]
    [InlineData("1e5", 100000)]
    [InlineData("12.50", 12.5)]
    public void A_json_number_is_read_in_any_notation(string json, decimal expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<decimal>(json, Json.Options));

    [Fact]
    public void Nullable_money_uses_the_same_format() =>
        Assert.Equal("{\"a\":1.50,\"b\":null}", JsonSerializer.Serialize(new { a = (decimal?)1.5m, b = (decimal?)null }, Json.Options));

    // Json.Options reads numbers from strings (web defaults), but money is a JSON number only: "10" and "1,000" are
    // refused as plainly as "abc", and a number no decimal can hold is refused, not thrown as an overflow.
    [Theory]
    [InlineData("\"abc\"")]
    [InlineData("\"1e5\"")]
    [InlineData("\"\"")]
    [InlineData("\"10\"")]
    [InlineData("\"1,000\"")]
    [InlineData("\"99999999999999999999999999999999\"")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("1e400")]
    [InlineData("true")]
    public void Anything_but_a_representable_number_is_an_unreadable_value_at_its_path(string amount)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Fulfilment.FreightAccounts.TopUpRequest>($"{{\"amount\":{amount}}}", Json.Options));
        Assert.Equal("$.amount", error.Path);
    }

    [Fact]
    public void A_refused_amount_says_why()
    {
        var error = Assert.Throws<UnreadableValueException>(() => JsonSerializer.Deserialize<Fulfilment.FreightAccounts.TopUpRequest>("{\"amount\":\"abc\"}", Json.Options));
        Assert.Contains("JSON number", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"Battery\"", GoodsType.Battery)]
    [InlineData("\"battery\"", GoodsType.Battery)]
    public void Enums_are_read_by_name_in_any_case(string json, GoodsType expected) =>
        Assert.Equal(expected, JsonSerializer.Deserialize<Goods>($"{{\"goodsType\":{json}}}", Json.Options)!.GoodsType);

    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("\"1\"")]
    [InlineData("\"7\"")]
    [InlineData("\"Plutonium\"")]
    [InlineData("\"General,Battery\"")]
    public void Enums_are_never_read_by_number_or_as_a_combination(string json)
    {
        var error = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Goods>($"{{\"goodsType\":{json}}}", Json.Options));
        Assert.Equal("$.goodsType", error.Path);
    }

    [Fact]
    public void Enums_are_written_by_name() =>
        Assert.Equal("{\"goodsType\":\"Liquid\"}", JsonSerializer.Serialize(new Goods(GoodsType.Liquid), Json.Options));

    [Theory]
    [InlineData("Shipped", true)]
    [InlineData(" shipped ", true)]
    [InlineData("2", false)]
    [InlineData("7", false)]
    [InlineData("", false)]
    [InlineData("AwaitingShipment,Shipped", false)]
    public void Query_enums_accept_only_names(string text, bool accepted) =>
        Assert.Equal(accepted, EnumNames.TryParse<Fulfilment.Orders.OrderStatus>(text, out _));

    private sealed record Goods(GoodsType? GoodsType);
}
