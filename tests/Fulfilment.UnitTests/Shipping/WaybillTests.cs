namespace Fulfilment.UnitTests.Shipping;

public sealed class WaybillTests
{
    [Fact]
    public void Check_digit_of_the_UPU_example_serial_is_9() => Assert.Equal(9, Waybill.CheckDigit("47312482"));

    [Theory]
    [InlineData("RR287043775IN")]
    [InlineData("RA123456785GB")]
    public void Known_valid_numbers_validate(string number) => Assert.True(Waybill.IsValid(number));

    [Theory]
    [InlineData("RA123456784GB")]
    [InlineData("RA12345678GB")]
    [InlineData("ra123456785GB")]
    [InlineData("")]
    [InlineData(null)]
    public void Wrong_numbers_do_not_validate(string? number) => Assert.False(Waybill.IsValid(number));

    [Theory]
    [InlineData("00000000", 5)] // sum 0 → 11 − 0 = 11 → 5
    [InlineData("00000001", 4)] // 7 → 11 − 7 = 4
    public void Remainders_10_and_11_map_to_0_and_5(string serial, int expected) => Assert.Equal(expected, Waybill.CheckDigit(serial));

    [Fact]
    public void A_remainder_of_one_gives_check_digit_0() =>
        Assert.Equal(0, Waybill.CheckDigit("00000012")); // 1×9 + 2×7 = 23; 23 mod 11 = 1; 11 − 1 = 10 → 0

    [Fact]
    public void Create_assembles_indicator_serial_check_digit_and_origin()
    {
        var number = Waybill.Create("LP", 47312482, "CN");
        Assert.Equal("LP473124829CN", number);
        Assert.True(Waybill.IsValid(number));
    }

    [Fact]
    public void Serials_outside_eight_digits_are_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Waybill.Create("LP", 100_000_000, "CN"));

    [Theory]
    [InlineData(" lp 473124829cn ", "LP473124829CN")]
    [InlineData("LP473124829CN\n", "LP473124829CN")]
    public void Scanner_input_is_normalized(string input, string expected) => Assert.Equal(expected, Waybill.Normalize(input));
}
