namespace Fulfilment.Identity;

/// <summary>A marketplace store: the tenant. Everything a seller sees belongs to one store.</summary>
public sealed class Store
{
    public long Id { get; set; }
    public string Name { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The IANA time zone the store works in: its sellers' "today", and the times its pages show.</summary>
    public string TimeZone { get; set; } = Common.LocalTime.DefaultZoneId;
}
