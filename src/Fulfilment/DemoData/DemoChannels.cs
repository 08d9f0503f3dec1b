namespace Fulfilment.DemoData;

/// <summary>Channels with rate cards shaped like real cross-border small-parcel offers (CNY).</summary>
internal static class DemoChannels
{
    public const string Standard = "CAINIAO_STANDARD";
    public const string Economy = "CAINIAO_ECONOMY";
    public const string Special = "YANWEN_SPECIAL";
    public const string ChinaPost = "CHINA_POST_REG";

    /// <summary>The names the Chinese UI shows (admin-editable).</summary>
    private static readonly Dictionary<string, string> ChineseNames = new(StringComparer.Ordinal)
    {
        [Standard] = "菜鸟无忧物流-标准",
        [Economy] = "菜鸟超级经济",
        [Special] = "燕文专线（带电、液体、化妆品）",
        [ChinaPost] = "中国邮政挂号小包",
    };

    public static IEnumerable<LogisticsChannel> All(DateTimeOffset now)
    {
        yield return Channel(Standard, "Cainiao Standard Shipping", "Cainiao", "LP", 2000, 5.00m, now,
            [GoodsType.General, GoodsType.Battery],
            ("US", 18.00m, 95.00m, 50), ("GB", 16.00m, 78.00m, 50), ("DE", 16.50m, 74.00m, 50), ("FR", 17.00m, 76.00m, 50),
            ("ES", 17.00m, 72.00m, 50), ("IT", 17.00m, 75.00m, 50), ("RU", 12.00m, 62.00m, 50), ("JP", 10.00m, 45.00m, 50),
            ("KR", 10.00m, 42.00m, 50), ("AU", 19.00m, 88.00m, 50), ("CA", 18.00m, 92.00m, 50), ("*", 22.00m, 110.00m, 50));
        yield return Channel(Economy, "Cainiao Super Economy", "Cainiao", "LE", 2000, 3.00m, now,
            [GoodsType.General],
            ("US", 9.00m, 72.00m, 100), ("GB", 8.00m, 60.00m, 100), ("DE", 8.00m, 58.00m, 100), ("FR", 8.50m, 60.00m, 100),
            ("ES", 8.50m, 57.00m, 100), ("RU", 6.00m, 48.00m, 100), ("*", 11.00m, 80.00m, 100));
        yield return Channel(Special, "Yanwen Special Line (battery, liquid, cosmetics)", "Yanwen", "YW", 2000, 8.00m, now,
            [GoodsType.General, GoodsType.Battery, GoodsType.Liquid, GoodsType.Cosmetics],
            ("US", 21.00m, 105.00m, 50), ("GB", 19.00m, 90.00m, 50), ("DE", 19.00m, 88.00m, 50), ("FR", 19.50m, 90.00m, 50),
            ("AU", 22.00m, 98.00m, 50), ("*", 25.00m, 120.00m, 50));
        yield return Channel(ChinaPost, "China Post Registered Air Mail", "China Post", "RR", 2000, 4.00m, now,
            [GoodsType.General],
            ("US", 17.00m, 90.00m, 0), ("GB", 15.00m, 80.00m, 0), ("DE", 15.00m, 76.00m, 0), ("JP", 9.00m, 40.00m, 0),
            ("KR", 9.00m, 40.00m, 0), ("BR", 20.00m, 105.00m, 0), ("PL", 14.00m, 70.00m, 0), ("NL", 15.00m, 76.00m, 0),
            ("*", 18.00m, 100.00m, 0));
    }

    private static LogisticsChannel Channel(
        string code, string name, string carrier, string indicator, int maxWeight, decimal returnFee, DateTimeOffset now,
        List<GoodsType> goods, params (string Country, decimal Registration, decimal PerKg, int MinGrams)[] rates) =>
        new()
        {
            Code = code,
            Name = name,
            ChineseName = ChineseNames.GetValueOrDefault(code),
            Carrier = carrier,
            ServiceIndicator = indicator,
            OriginCountry = "CN",
            MaxWeightGrams = maxWeight,
            ReturnServiceFee = returnFee,
            GoodsTypes = goods,
            UpdatedAt = now,
            Rates = [.. rates.Select(r => new ChannelRate { CountryCode = r.Country, RegistrationFee = r.Registration, PerKg = r.PerKg, MinChargeableGrams = r.MinGrams })],
        };
}
