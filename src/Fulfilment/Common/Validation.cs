using FluentValidation.Results;

namespace Fulfilment.Common;

public static class Validation
{
    /// <summary>Validates a request and turns every failure into a field-named <see cref="Problem"/>.</summary>
    public static async Task<Problem?> Check<T>(this IValidator<T> validator, T request, CancellationToken ct)
    {
        var result = await validator.ValidateAsync(request, ct);
        return result.IsValid ? null : ToProblem(result);
    }

    public static Problem ToProblem(ValidationResult result) =>
        Problem.Validation(result.Errors
            .GroupBy(e => e.PropertyName)
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray()));

    /// <summary>A short human string: trimmed, required, of bounded length, storable.</summary>
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Satisfies(v => !string.IsNullOrWhiteSpace(v), RuleFacts.NotBlank).WithMessage(_ => Text.Get("Required."))
            .Satisfies(v => v is null || v.Trim().Length <= maxLength, RuleFacts.AtMost(maxLength)).WithMessage(_ => Text.Format("At most {0} characters.", maxLength))
            .Must(IsStorable).WithMessage(_ => NotStorableMessage());

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.Satisfies(v => v is null || v.Trim().Length <= maxLength, RuleFacts.AtMost(maxLength)).WithMessage(_ => Text.Format("At most {0} characters.", maxLength))
            .Must(IsStorable).WithMessage(_ => NotStorableMessage());

    /// <summary>PostgreSQL text cannot hold the NUL character (U+0000); no name, address or note needs one.</summary>
    public static bool IsStorable(string? text) => text is null || !text.Contains('\0', StringComparison.Ordinal);

    public static string NotStorableMessage() => Text.Get("Remove the NUL character (U+0000): text cannot contain it.");

    private static readonly RuleFacts CountryFacts = new() { Required = true, MinLength = 2, MaxLength = 2, Pattern = "^[A-Za-z]{2}$" };

    public static IRuleBuilderOptions<T, string?> CountryCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Satisfies(v => Countries.IsValid(v?.Trim().ToUpperInvariant()), CountryFacts).WithMessage(_ => Text.Get("Enter a two-letter ISO country code, e.g. US or DE."));

    /// <summary>An IANA time-zone id this machine knows (e.g. Asia/Shanghai, Europe/Berlin, UTC); blank passes (call Required first where needed).</summary>
    public static IRuleBuilderOptions<T, string?> TimeZoneId<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Satisfies(v => string.IsNullOrWhiteSpace(v) || LocalTime.IsKnownZone(v), RuleFacts.AtMost(LocalTime.MaxZoneIdLength))
            .WithMessage(_ => Text.Get("Unknown time zone: use an IANA name such as Asia/Shanghai, Europe/Berlin or America/New_York."));

    public static IRuleBuilderOptions<T, decimal> MoneyAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.Must(Money.HasAtMostTwoDecimals).WithMessage(_ => Text.Get("Use at most two decimal places."));
}
