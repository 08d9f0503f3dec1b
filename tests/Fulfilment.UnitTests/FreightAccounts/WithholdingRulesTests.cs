namespace Fulfilment.UnitTests.FreightAccounts;

public sealed class WithholdingRulesTests
{
    [Theory]
    [InlineData("0", "45.20", "0", "45.20")]
    [InlineData("5", "45.20", "5", "40.20")]
    [InlineData("45.20", "45.20", "45.20", "0")]
    [InlineData("100", "45.20", "45.20", "0")]
    public void Prepaid_credit_is_used_first_and_the_rest_is_withheld(string creditText, string chargeText, string creditUsedText, string withheldText)
    {
        decimal D(string text) => decimal.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
        var (credit, charge, creditUsed, withheld) = (D(creditText), D(chargeText), D(creditUsedText), D(withheldText));
        var split = DeductionSplit.For(credit, charge);
        Assert.Equal(creditUsed, split.CreditUsed);
        Assert.Equal(withheld, split.Withheld);
        Assert.Equal(charge, split.CreditUsed + split.Withheld);
    }

    [Theory]
    [InlineData(PaymentMethod.BankCard, "4000000000009995", WithholdingStatus.InsufficientFunds)]
    [InlineData(PaymentMethod.BankCard, "4000 0000 0000 9995", WithholdingStatus.InsufficientFunds)]
    [InlineData(PaymentMethod.Alipay, "insufficient@alipay.test", WithholdingStatus.InsufficientFunds)]
    [InlineData(PaymentMethod.BankCard, "4000000000000002", WithholdingStatus.Declined)]
    [InlineData(PaymentMethod.Alipay, "Declined@Alipay.test", WithholdingStatus.Declined)]
    [InlineData(PaymentMethod.BankCard, "4111111111111111", WithholdingStatus.Approved)]
    [InlineData(PaymentMethod.Alipay, "13800138000", WithholdingStatus.Approved)]
    public async Task The_sandbox_approves_every_account_but_its_test_numbers(PaymentMethod method, string number, WithholdingStatus expected)
    {
        var gateway = new SandboxWithholdingGateway();
        var token = gateway.Tokenise(method, number);
        Assert.DoesNotContain(number.Replace(" ", "", StringComparison.Ordinal), token, StringComparison.OrdinalIgnoreCase);
        var outcome = await gateway.Withhold(token, 12.30m, "CNY", "step-1", TestContext.Current.CancellationToken);
        Assert.Equal(expected, outcome.Status);
    }

    [Fact]
    public async Task The_same_reference_is_one_withholding()
    {
        var gateway = new SandboxWithholdingGateway();
        var token = gateway.Tokenise(PaymentMethod.Alipay, "13800138000");
        var first = await gateway.Withhold(token, 10m, "CNY", "create:abc", TestContext.Current.CancellationToken);
        var again = await gateway.Withhold(token, 10m, "CNY", "create:abc", TestContext.Current.CancellationToken);
        var other = await gateway.Withhold(token, 10m, "CNY", "create:def", TestContext.Current.CancellationToken);
        Assert.Equal(first.AuthorisationId, again.AuthorisationId);
        Assert.NotEqual(first.AuthorisationId, other.AuthorisationId);
        Assert.Equal(WithholdingReference.For("create", "1", "A"), WithholdingReference.For("create", "1", "A"));
        Assert.NotEqual(WithholdingReference.For("create", "1", "A"), WithholdingReference.For("create", "1", "B"));
    }
}
