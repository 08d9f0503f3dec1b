namespace Fulfilment.DemoData;

internal static class DemoWarehouses
{
    public const string HangzhouCode = "HZ-COLLECT";
    public const string ShenzhenCode = "SZ-COLLECT";
    public const string YiwuTransitCode = "YW-TRANSIT";

    public static IEnumerable<Warehouse> All(DateTimeOffset now)
    {
        yield return new Warehouse
        {
            Code = HangzhouCode,
            Name = "Hangzhou Collection Warehouse",
            ChineseName = "杭州揽收仓库",
            Kind = WarehouseKind.Collection,
            Address = new Address
            {
                Name = "Hangzhou Collection Warehouse",
                Phone = "+86 571 8888 6600",
                CountryCode = "CN",
                Province = "Zhejiang",
                City = "Hangzhou",
                PostalCode = "311100",
                Line1 = "No. 1 Xingguang Street, Yuhang District",
                Line2 = "Gate 2, Bay 7",
            },
            ServiceCities = ["Hangzhou", "杭州"],
            ServicePostalCodePrefixes = ["310", "311"],
            UpdatedAt = now,
        };
        yield return new Warehouse
        {
            Code = ShenzhenCode,
            Name = "Shenzhen Collection Warehouse",
            ChineseName = "深圳揽收仓库",
            Kind = WarehouseKind.Collection,
            Address = new Address
            {
                Name = "Shenzhen Collection Warehouse",
                Phone = "+86 755 2666 1200",
                CountryCode = "CN",
                Province = "Guangdong",
                City = "Shenzhen",
                PostalCode = "518000",
                Line1 = "No. 9 Huanguan South Road, Longhua District",
            },
            ServiceCities = ["Shenzhen", "深圳"],
            ServicePostalCodePrefixes = ["518"],
            UpdatedAt = now,
        };
        yield return new Warehouse
        {
            Code = YiwuTransitCode,
            Name = "Yiwu Transit Warehouse",
            ChineseName = "义乌中转仓库",
            Kind = WarehouseKind.Transit,
            IsDefaultTransit = true,
            Address = new Address
            {
                Name = "Yiwu Transit Warehouse (Online Shipping)",
                Phone = "+86 579 8555 0100",
                CountryCode = "CN",
                Province = "Zhejiang",
                City = "Yiwu",
                PostalCode = "322000",
                Line1 = "No. 66 Futian Road, Futian Street",
                Line2 = "Receiving dock B",
            },
            UpdatedAt = now,
        };
    }
}
