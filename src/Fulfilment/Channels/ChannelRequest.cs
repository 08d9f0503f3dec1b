namespace Fulfilment.Channels;

/// <summary>A logistics channel as an admin enters it (page or API). Properties are nullable so a missing one is named.</summary>
public sealed record ChannelRequest
{
    public const int MaxWeightLimitGrams = 100_000;
    public const decimal MaxMoney = 100_000m;

    public string? Code { get; init; }
    public string? Name { get; init; }

    /// <summary>The name shown in the Chinese UI; optional (empty shows <see cref="Name"/>).</summary>
    public string? ChineseName { get; init; }
    public string? Carrier { get; init; }
    public string? ServiceIndicator { get; init; }
    public string? OriginCountry { get; init; } = "CN";
    public bool? Active { get; init; } = true;
    public int? MaxWeightGrams { get; init; }
    public List<GoodsType>? GoodsTypes { get; init; }
    public decimal? ReturnServiceFee { get; init; }
    public List<ChannelRateRequest>? Rates { get; init; }

    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToUpperInvariant();

    public static string NormalizeCountry(string? country) => (country ?? "").Trim().ToUpperInvariant();
}

/// <summary>One row of the rate card: a country (or <c>*</c> for every other one) and its prices.</summary>
public sealed record ChannelRateRequest
{
    public string? CountryCode { get; init; }
    public decimal? RegistrationFee { get; init; }
    public decimal? PerKg { get; init; }
    public int? MinChargeableGrams { get; init; }
}

public sealed class ChannelRequestValidator : AbstractValidator<ChannelRequest>
{
    public ChannelRequestValidator()
    {
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop).RequiredText(40)
            .Matches("^[A-Za-z0-9_]+$").WithMessage(_ => Text.Get("Use letters, digits and underscores, e.g. CAINIAO_STANDARD."));
        RuleFor(r => r.Name).RequiredText(100);
        RuleFor(r => r.ChineseName).OptionalText(100);
        RuleFor(r => r.Carrier).RequiredText(100);
        RuleFor(r => r.ServiceIndicator)
            .Satisfies(v => v is { Length: 2 } && v.All(char.IsAsciiLetterUpper), new RuleFacts { Required = true, MinLength = 2, MaxLength = 2, Pattern = "^[A-Z]{2}$" })
            .WithMessage(_ => Text.Get("Two capital letters, e.g. LP: they start every waybill number of this channel."));
        RuleFor(r => r.OriginCountry).CountryCode();
        RuleFor(r => r.MaxWeightGrams).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(1, ChannelRequest.MaxWeightLimitGrams)
            .WithMessage(_ => Text.Format("From 1 to {0} grams.", ChannelRequest.MaxWeightLimitGrams));
        RuleFor(r => r.GoodsTypes)
            .Satisfies(g => g is { Count: > 0 }, RuleFacts.Items(min: 1) with { Required = true }).WithMessage(_ => Text.Get("Choose at least one goods type."))
            .Must(g => g is null || g.All(Enum.IsDefined)).WithMessage(_ => Text.Get("Unknown goods type."));
        RuleFor(r => r.ReturnServiceFee).Cascade(CascadeMode.Stop).Money();
        RuleFor(r => r.Rates)
            .Satisfies(r => r is { Count: > 0 }, RuleFacts.Items(min: 1) with { Required = true }).WithMessage(_ => Text.Get("Add at least one rate row."));
        RuleForEach(r => r.Rates).NotNull().WithMessage(_ => Text.Get("Required.")).SetValidator(new ChannelRateRequestValidator());
        RuleFor(r => r.Rates).Custom((rates, context) =>
        {
            var seen = new HashSet<string>();
            for (var i = 0; i < (rates?.Count ?? 0); i++)
            {
                var country = ChannelRequest.NormalizeCountry(rates![i]?.CountryCode);
                if (country.Length > 0 && !seen.Add(country))
                {
                    context.AddFailure($"Rates[{i}].CountryCode", Text.Get("Another row already has this country."));
                }
            }
        });
    }
}

public sealed class ChannelRateRequestValidator : AbstractValidator<ChannelRateRequest>
{
    public ChannelRateRequestValidator()
    {
        RuleFor(r => r.CountryCode)
            .Satisfies(v => ChannelRequest.NormalizeCountry(v) == ChannelRate.AnyCountry || Countries.IsValid(ChannelRequest.NormalizeCountry(v)),
                new RuleFacts { Required = true, MinLength = 1, MaxLength = 2, Pattern = "^([A-Za-z]{2}|\\*)$" })
            .WithMessage(_ => Text.Get("A two-letter ISO country code (e.g. US), or * for every other country."));
        RuleFor(r => r.RegistrationFee).Cascade(CascadeMode.Stop).Money();
        RuleFor(r => r.PerKg).Cascade(CascadeMode.Stop).Money();
        RuleFor(r => r.MinChargeableGrams).Cascade(CascadeMode.Stop)
            .NotNull().WithMessage(_ => Text.Get("Required."))
            .InclusiveBetween(0, ChannelRequest.MaxWeightLimitGrams)
            .WithMessage(_ => Text.Format("From 0 to {0} grams.", ChannelRequest.MaxWeightLimitGrams));
    }
}

internal static class ChannelValidation
{
    /// <summary>A price an admin sets: required, not negative, in cents, and of a sane size (call after Cascade(Stop)).</summary>
    public static IRuleBuilderOptions<T, decimal?> Money<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.NotNull().WithMessage(_ => Text.Get("Required."))
            .Satisfies(v => v is null or >= 0, new RuleFacts { Minimum = 0 }).WithMessage(_ => Text.Get("Cannot be negative."))
            .Must(v => v is null || Common.Money.HasAtMostTwoDecimals(v.Value)).WithMessage(_ => Text.Get("Use at most two decimal places."))
            .Satisfies(v => v is null or < ChannelRequest.MaxMoney, new RuleFacts { Maximum = ChannelRequest.MaxMoney, ExclusiveMaximum = true }).WithMessage(_ => Text.Format("Less than {0}.", ChannelRequest.MaxMoney.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));
}
