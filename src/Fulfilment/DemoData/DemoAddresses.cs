namespace Fulfilment.DemoData;

internal static class DemoAddresses
{
    /// <summary>Inside the Hangzhou collection warehouse's service area: door pickup.</summary>
    public static readonly Address HangzhouSender = new()
    {
        Name = "Li Na (Demo Store)",
        Phone = "+86 138 0571 2468",
        CountryCode = "CN",
        Province = "Zhejiang",
        City = "Hangzhou",
        PostalCode = "310012",
        Line1 = "No. 18 Wenyi West Road, Xihu District",
        Line2 = "Building 3, Room 502",
    };

    /// <summary>Outside every collection range: self-send to the transit warehouse.</summary>
    public static readonly Address ChengduSender = new()
    {
        Name = "Wang Hao (Second Store)",
        Phone = "+86 139 2801 3579",
        CountryCode = "CN",
        Province = "Sichuan",
        City = "Chengdu",
        PostalCode = "610041",
        Line1 = "No. 88 Tianfu Avenue, Wuhou District",
        Line2 = "Unit 1206",
    };
}
