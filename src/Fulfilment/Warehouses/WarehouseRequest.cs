namespace Fulfilment.Warehouses;

/// <summary>A warehouse as an admin enters it (page or API).</summary>
public sealed record WarehouseRequest
{
    public string? Code { get; init; }
    public string? Name { get; init; }

    /// <summary>The name the Chinese UI shows (optional; empty shows <see cref="Name"/>).</summary>
    public string? ChineseName { get; init; }
    public WarehouseKind? Kind { get; init; }
    public bool? Active { get; init; } = true;

    /// <summary>
    /// <c>true</c> makes this transit warehouse the default for self-sends (the mark moves from the previous one).
    /// Omitted leaves the mark where it is. The default cannot simply be unmarked: designate another one instead.
    /// </summary>
    public bool? IsDefaultTransit { get; init; }

    /// <summary>The IANA time zone the warehouse works in (its staff's "today"); omitted: Asia/Shanghai for a new one, unchanged on an update.</summary>
    public string? TimeZone { get; init; }

    public Address? Address { get; init; } = new() { CountryCode = "CN" };
    public ServiceAreaRequest? ServiceArea { get; init; } = new();

    public static string NormalizeCode(string? code) => (code ?? "").Trim().ToUpperInvariant();
}

/// <summary>Where a collection warehouse collects door to door: cities (any spelling a seller uses) and postal-code prefixes.</summary>
public sealed record ServiceAreaRequest
{
    public List<string>? Cities { get; init; } = [];
    public List<string>? PostalCodePrefixes { get; init; } = [];
}

public sealed class WarehouseRequestValidator : AbstractValidator<WarehouseRequest>
{
    public WarehouseRequestValidator(IValidator<Address> address)
    {
        RuleFor(r => r.Code).Cascade(CascadeMode.Stop).RequiredText(40)
            .Matches("^[A-Za-z0-9_-]+$").WithMessage(_ => Text.Get("Use letters, digits, hyphens and underscores, e.g. HZ-COLLECT."));
        RuleFor(r => r.Name).RequiredText(100);
        RuleFor(r => r.ChineseName).OptionalText(100);
        RuleFor(r => r.Kind)
            .Satisfies(k => k is not null && Enum.IsDefined(k.Value), RuleFacts.Present).WithMessage(_ => Text.Get("Choose Collection or Transit."));
        RuleFor(r => r.TimeZone).TimeZoneId();
        RuleFor(r => r.Address!).NotNull().WithMessage(_ => Text.Get("Required.")).SetValidator(address);
        RuleFor(r => r.ServiceArea!).SetValidator(new ServiceAreaRequestValidator());
        RuleFor(r => r.ServiceArea)
            .Must(a => a is not null && ((a.Cities?.Count ?? 0) + (a.PostalCodePrefixes?.Count ?? 0)) > 0)
            .When(r => r.Kind == WarehouseKind.Collection)
            .WithMessage(_ => Text.Get("A collection warehouse needs at least one city or postal-code prefix to collect from."))
            .OverridePropertyName("ServiceArea.Cities");
        RuleFor(r => r.IsDefaultTransit)
            .Must(d => d != true).When(r => r.Kind == WarehouseKind.Collection)
            .WithMessage(_ => Text.Get("Only a transit warehouse can be the default for self-sends."));
    }
}

public sealed class ServiceAreaRequestValidator : AbstractValidator<ServiceAreaRequest>
{
    public ServiceAreaRequestValidator()
    {
        RuleForEach(a => a.Cities).Cascade(CascadeMode.Stop).RequiredText(100);
        RuleForEach(a => a.PostalCodePrefixes).Cascade(CascadeMode.Stop)
            .RequiredText(20)
            .Matches("^[0-9]+$").WithMessage(_ => Text.Get("Postal-code prefixes are digits only, e.g. 311."));
    }
}
