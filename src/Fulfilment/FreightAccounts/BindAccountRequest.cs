namespace Fulfilment.FreightAccounts;

/// <summary>
/// Binding (or rebinding) the freight deduction account, as a seller enters it. The account number is used once, to
/// check and mask it; it is never stored, returned or logged.
/// </summary>
public sealed partial record BindAccountRequest
{
    public const int HolderNameLength = 100;

    public PaymentMethod? Method { get; init; }
    public string? HolderName { get; init; }
    public string? AccountNumber { get; init; }

    /// <summary>The number as it is checked and masked: a card without its spaces, an Alipay account trimmed.</summary>
    public string NormalizedAccountNumber => Method == PaymentMethod.BankCard
        ? new string((AccountNumber ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray())
        : (AccountNumber ?? "").Trim();

    // Never print the number, not even into a log line of a request that fails.
    public override string ToString() => $"BindAccountRequest {{ Method = {Method}, HolderName = {HolderName}, AccountNumber = {FreightAccount.Mask(NormalizedAccountNumber)} }}";

    /// <summary>A bank card number: 12 to 19 digits (spaces allowed between them) that pass the Luhn check.</summary>
    public static bool IsBankCardNumber(string? number)
    {
        if (number is null || !CardFormat().IsMatch(number))
        {
            return false;
        }

        var digits = number.Where(char.IsAsciiDigit).Select(c => c - '0').ToArray();
        if (digits.Length is < 12 or > 19)
        {
            return false;
        }

        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var d = digits[digits.Length - 1 - i];
            if (i % 2 == 1)
            {
                d *= 2;
                if (d > 9)
                {
                    d -= 9;
                }
            }

            sum += d;
        }

        return sum % 10 == 0;
    }

    /// <summary>An Alipay account: the email address or the 11-digit mainland mobile number it was registered with.</summary>
    public static bool IsAlipayAccount(string? account) =>
        account is not null && (MainlandMobile().IsMatch(account) || (account.Length <= 100 && Email().IsMatch(account)));

    [GeneratedRegex(@"^\s*[0-9]+(?: +[0-9]+)*\s*$")]
    private static partial Regex CardFormat();

    [GeneratedRegex(@"^1[3-9][0-9]{9}$")]
    private static partial Regex MainlandMobile();

    [GeneratedRegex(@"^[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+$")]
    private static partial Regex Email();
}

public sealed class BindAccountRequestValidator : AbstractValidator<BindAccountRequest>
{
    public BindAccountRequestValidator()
    {
        RuleFor(r => r.Method).NotNull().WithMessage(_ => Text.Get("Choose Alipay or bank card."))
            .IsInEnum().WithMessage(_ => Text.Get("Choose Alipay or bank card."));
        RuleFor(r => r.HolderName).RequiredText(BindAccountRequest.HolderNameLength);
        RuleFor(r => r.AccountNumber)
            .Satisfies(v => !string.IsNullOrWhiteSpace(v), RuleFacts.NotBlank).WithMessage(_ => Text.Get("Required."))
            .DependentRules(() =>
            {
                RuleFor(r => r.AccountNumber)
                    .Must((r, _) => BindAccountRequest.IsBankCardNumber(r.AccountNumber))
                    .When(r => r.Method == PaymentMethod.BankCard)
                    .WithMessage(_ => Text.Get("This is not a valid bank card number: check the 12 to 19 digits."));
                RuleFor(r => r.AccountNumber)
                    .Must((r, _) => BindAccountRequest.IsAlipayAccount(r.NormalizedAccountNumber))
                    .When(r => r.Method == PaymentMethod.Alipay)
                    .WithMessage(_ => Text.Get("Enter the email address or the 11-digit mobile number of the Alipay account."));
            });
    }
}
