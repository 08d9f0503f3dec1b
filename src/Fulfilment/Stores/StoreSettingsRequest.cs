namespace Fulfilment.Stores;

/// <summary>What a seller (for their store) or an admin (for any store) may change about a store: its time zone.</summary>
public sealed record StoreSettingsRequest
{
    /// <summary>An IANA time-zone id, e.g. <c>Asia/Shanghai</c>.</summary>
    public string? TimeZone { get; init; }
}

public sealed class StoreSettingsRequestValidator : AbstractValidator<StoreSettingsRequest>
{
    public StoreSettingsRequestValidator()
    {
        RuleFor(r => r.TimeZone).Cascade(CascadeMode.Stop)
            .Satisfies(v => !string.IsNullOrWhiteSpace(v), RuleFacts.NotBlank).WithMessage(_ => Text.Get("Required."))
            .TimeZoneId();
    }
}

/// <summary>A store's settings, as the store settings page and <c>GET /api/store</c> show them.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Name">The store's name.</param>
/// <param name="TimeZone">The IANA time-zone id the store works in.</param>
/// <param name="TimeZoneLabel">The zone named for people, with its offset now, e.g. <c>Asia/Shanghai (UTC+08:00)</c>.</param>
public sealed record StoreSettingsView(long Id, string Name, string TimeZone, string TimeZoneLabel);
