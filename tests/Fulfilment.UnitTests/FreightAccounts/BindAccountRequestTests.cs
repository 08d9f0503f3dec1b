namespace Fulfilment.UnitTests.FreightAccounts;

public sealed class BindAccountRequestTests
{
    private static readonly BindAccountRequestValidator Validator = new();

    [Theory]
    [InlineData("4111111111111111", true)]
    [InlineData("4111 1111 1111 1111", true)]
    [InlineData(" 5555 5555 5555 4444 ", true)]
    [InlineData("6011111111111117", true)]
    [InlineData("79927398713", false)]
    [InlineData("799273987135", false)]
    [InlineData("799273987104", true)]
    [InlineData("4111111111111112", false)]
    [InlineData("4111-1111-1111-1111", false)]
    [InlineData("41111111111111111111", false)]
    [InlineData("", false)]
    [InlineData("abcd efgh ijkl", false)]
    public void A_bank_card_has_12_to_19_digits_that_pass_the_luhn_check(string number, bool valid) =>
        Assert.Equal(valid, BindAccountRequest.IsBankCardNumber(number));

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("19912345678", true)]
    [InlineData("12800138000", false)]
    [InlineData("1380013800", false)]
    [InlineData("138001380001", false)]
    [InlineData("seller@example.com", true)]
    [InlineData("li.na+shop@mail.example.cn", true)]
    [InlineData("seller@example", false)]
    [InlineData("seller example@x.com", false)]
    [InlineData("@example.com", false)]
    public void An_alipay_account_is_an_email_or_a_mainland_mobile_number(string account, bool valid) =>
        Assert.Equal(valid, BindAccountRequest.IsAlipayAccount(account));

    [Fact]
    public void The_number_is_checked_for_the_chosen_method_and_never_printed()
    {
        var card = new BindAccountRequest { Method = PaymentMethod.BankCard, HolderName = "Li Na", AccountNumber = "13800138000" };
        Assert.Contains(Validator.Validate(card).Errors, e => e.PropertyName == nameof(BindAccountRequest.AccountNumber));
        Assert.True(Validator.Validate(card with { Method = PaymentMethod.Alipay }).IsValid);
        Assert.Equal("4111111111111111", (card with { AccountNumber = " 4111 1111 1111 1111 " }).NormalizedAccountNumber);
        Assert.DoesNotContain("13800138000", card.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Holder_and_method_are_required()
    {
        var errors = Validator.Validate(new BindAccountRequest { AccountNumber = "13800138000", HolderName = "  " }).Errors.Select(e => e.PropertyName).ToList();
        Assert.Contains(nameof(BindAccountRequest.Method), errors);
        Assert.Contains(nameof(BindAccountRequest.HolderName), errors);
    }
}
