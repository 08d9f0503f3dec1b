namespace Fulfilment.FreightAccounts;

/// <summary>Adding money to the freight deduction account's prepaid balance.</summary>
public sealed record TopUpRequest
{
    /// <summary>The most one top-up may add, a guard against a slip of the finger (an extra zero).</summary>
    public const decimal MaxAmount = 100_000m;

    public decimal? Amount { get; init; }

    /// <summary>What makes two top-ups "the same request" for an idempotency key: the amount, to the cent.</summary>
    internal object Fingerprint => new { amount = (Amount ?? 0).ToString("0.00", CultureInfo.InvariantCulture) };
}

public sealed class TopUpRequestValidator : AbstractValidator<TopUpRequest>
{
    public TopUpRequestValidator() =>
        RuleFor(r => r.Amount)
            .NotNull().WithMessage(_ => Text.Get("Required."))
            .GreaterThan(0m).WithMessage(_ => Text.Get("Enter an amount greater than zero."))
            .LessThanOrEqualTo(TopUpRequest.MaxAmount).WithMessage(_ => Text.Format("One top-up is at most {0:N2} {1}.", TopUpRequest.MaxAmount, Money.DefaultCurrency))
            .Must(a => a is null || Money.HasAtMostTwoDecimals(a.Value)).WithMessage(_ => Text.Get("Use at most two decimal places."));
}
