namespace Fulfilment.UnitTests.FreightAccounts;

public sealed class FreightAccountTests
{
    [Theory]
    [InlineData("6222020200112334821", "**** 4821")]
    [InlineData("seller@example.com", "s***@example.com")]
    [InlineData("13800138000", "**** 8000")]
    [InlineData("123", "**** 123")]
    public void Only_a_masked_form_is_ever_kept(string number, string masked)
    {
        var account = FreightAccount.Bind(1, PaymentMethod.BankCard, "Li Na", number, "sbx_tok_test", DateTimeOffset.UtcNow);
        Assert.Equal(masked, account.AccountMasked);
    }
}
