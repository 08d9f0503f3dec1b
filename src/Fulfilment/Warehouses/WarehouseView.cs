namespace Fulfilment.Warehouses;

/// <summary>A warehouse as the admin API answers it and the admin pages show it.</summary>
public sealed record WarehouseView(
    string Code,
    string Name,
    WarehouseKind Kind,
    bool Active,
    bool IsDefaultTransit,
    Address Address,
    ServiceAreaView ServiceArea,
    DateTimeOffset UpdatedAt,
    string TimeZone,
    string? ChineseName)
{
    public static WarehouseView From(Warehouse warehouse) => new(
        warehouse.Code,
        warehouse.Name,
        warehouse.Kind,
        warehouse.Active,
        warehouse.IsDefaultTransit,
        warehouse.Address,
        new ServiceAreaView([.. warehouse.ServiceCities], [.. warehouse.ServicePostalCodePrefixes]),
        warehouse.UpdatedAt,
        warehouse.TimeZone,
        warehouse.ChineseName);

    /// <summary>The name the UI language shows (the Chinese name in the Chinese UI when set); pages only, not the API.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public string DisplayName => Warehouse.DisplayName(Name, ChineseName);

    public WarehouseRequest ToRequest() => new()
    {
        Code = Code,
        Name = Name,
        ChineseName = ChineseName,
        Kind = Kind,
        Active = Active,
        IsDefaultTransit = IsDefaultTransit,
        TimeZone = TimeZone,
        Address = Address,
        ServiceArea = new ServiceAreaRequest { Cities = [.. ServiceArea.Cities], PostalCodePrefixes = [.. ServiceArea.PostalCodePrefixes] },
    };
}

public sealed record ServiceAreaView(IReadOnlyList<string> Cities, IReadOnlyList<string> PostalCodePrefixes);
