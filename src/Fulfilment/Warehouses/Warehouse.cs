namespace Fulfilment.Warehouses;

/// <summary>
/// A warehouse of the logistics network. A collection warehouse serves the cities and postal-code prefixes of its
/// service area; one transit warehouse is the designated default for self-sent parcels.
/// </summary>
public sealed class Warehouse
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The admin-set name the Chinese UI shows (e.g. 杭州揽收仓); null shows <see cref="Name"/>.</summary>
    public string? ChineseName { get; set; }
    public WarehouseKind Kind { get; set; }
    public bool Active { get; set; } = true;

    /// <summary>The transit warehouse self-sent parcels go to when no collection warehouse serves the sender.</summary>
    public bool IsDefaultTransit { get; set; }

    public Address Address { get; set; } = new();
    public List<string> ServiceCities { get; set; } = [];
    public List<string> ServicePostalCodePrefixes { get; set; } = [];
    /// <summary>The IANA time zone the warehouse works in: its staff's "today", and the times its pages show.</summary>
    public string TimeZone { get; set; } = LocalTime.DefaultZoneId;

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The name the UI language shows: the Chinese name in the Chinese UI when there is one, else the name.</summary>
    public static string DisplayName(string name, string? chineseName) =>
        Channels.LogisticsChannel.DisplayName(name, chineseName, Channels.ChannelNameService.ChineseUi);

    public string DisplayName() => DisplayName(Name, ChineseName);
    public uint Version { get; set; }
}
