namespace Fulfilment.Channels;

/// <summary>A logistics channel (物流方案) an admin configures: who carries, where to, what goods, at what price.</summary>
public sealed class LogisticsChannel
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>The name the Chinese UI shows (e.g. 菜鸟无忧物流-标准); null shows <see cref="Name"/>.</summary>
    public string? ChineseName { get; set; }
    public string Carrier { get; set; } = "";

    /// <summary>The two capital letters that start this channel's UPU S10 waybill numbers, e.g. <c>LP</c>.</summary>
    public string ServiceIndicator { get; set; } = "";

    public string OriginCountry { get; set; } = "CN";
    public bool Active { get; set; } = true;
    public int MaxWeightGrams { get; set; }
    public List<GoodsType> GoodsTypes { get; set; } = [GoodsType.General];
    public decimal ReturnServiceFee { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
    public List<ChannelRate> Rates { get; set; } = [];

    /// <summary>The name to show in a UI language: the Chinese name in Chinese when there is one, else the name.</summary>
    public static string DisplayName(string name, string? chineseName, bool chinese) =>
        chinese && !string.IsNullOrWhiteSpace(chineseName) ? chineseName : name;

    /// <summary>The rate row for a destination: the country's own row wins over the default <c>*</c> row.</summary>
    public ChannelRate? RateFor(string countryCode) =>
        Rates.FirstOrDefault(r => r.CountryCode == countryCode)
        ?? Rates.FirstOrDefault(r => r.CountryCode == ChannelRate.AnyCountry);
}
