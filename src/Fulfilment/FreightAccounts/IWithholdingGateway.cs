using System.Collections.Concurrent;

namespace Fulfilment.FreightAccounts;

/// <summary>
/// The payment provider behind the freight deduction account. Binding tokenises the account (only the provider keeps
/// the number; we keep its opaque token and the masked number), and each charge whose prepaid credit falls short
/// withholds the shortfall from the token. A withholding is idempotent by its reference: asking again with the same
/// reference (a rerun of the same business step) answers as the first time and takes the money once.
/// </summary>
public interface IWithholdingGateway
{
    /// <summary>An opaque token standing for the account, to withhold from later.</summary>
    string Tokenise(PaymentMethod method, string accountNumber);

    Task<WithholdingOutcome> Withhold(string token, decimal amount, string currency, string reference, CancellationToken ct);
}

public enum WithholdingStatus
{
    Approved,

    /// <summary>The account has not enough money: <c>insufficient_balance</c>.</summary>
    InsufficientFunds,

    /// <summary>The provider refused the deduction (mandate revoked, card blocked…): <c>deduction_declined</c>.</summary>
    Declined,
}

/// <summary>The provider's answer; <see cref="AuthorisationId"/> identifies an approved withholding.</summary>
public sealed record WithholdingOutcome(WithholdingStatus Status, string? AuthorisationId = null);

/// <summary>
/// The embedded sandbox (no network), as payment providers' sandboxes behave: every account is approved except the
/// documented test numbers (README, "Payment gateway (sandbox)"). Tokens are a hash of method and number, so the
/// sandbox recognises the test accounts again after a restart without ever storing a number.
/// </summary>
public sealed class SandboxWithholdingGateway : IWithholdingGateway
{
    public const string InsufficientCard = "4000000000009995";
    public const string InsufficientAlipay = "insufficient@alipay.test";
    public const string DeclinedCard = "4000000000000002";
    public const string DeclinedAlipay = "declined@alipay.test";

    private static readonly string[] InsufficientTokens = [Token(PaymentMethod.BankCard, InsufficientCard), Token(PaymentMethod.Alipay, InsufficientAlipay)];
    private static readonly string[] DeclinedTokens = [Token(PaymentMethod.BankCard, DeclinedCard), Token(PaymentMethod.Alipay, DeclinedAlipay)];

    private readonly ConcurrentDictionary<string, WithholdingOutcome> _byReference = new(StringComparer.Ordinal);

    public string Tokenise(PaymentMethod method, string accountNumber) => Token(method, accountNumber);

    public Task<WithholdingOutcome> Withhold(string token, decimal amount, string currency, string reference, CancellationToken ct)
    {
        if (amount <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A withholding takes a positive amount.");
        }

        if (InsufficientTokens.Contains(token, StringComparer.Ordinal))
        {
            return Task.FromResult(new WithholdingOutcome(WithholdingStatus.InsufficientFunds));
        }

        if (DeclinedTokens.Contains(token, StringComparer.Ordinal))
        {
            return Task.FromResult(new WithholdingOutcome(WithholdingStatus.Declined));
        }

        var outcome = _byReference.GetOrAdd(reference, _ => new WithholdingOutcome(WithholdingStatus.Approved, "sbx_auth_" + Guid.NewGuid().ToString("N")));
        return Task.FromResult(outcome);
    }

    private static string Token(PaymentMethod method, string accountNumber)
    {
        var number = method == PaymentMethod.Alipay ? accountNumber.Trim().ToLowerInvariant() : new string([.. accountNumber.Where(char.IsAsciiDigit)]);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"fulfilment-sandbox|{method}|{number}"));
        return "sbx_tok_" + Convert.ToHexStringLower(hash)[..32];
    }
}
