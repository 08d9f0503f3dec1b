namespace Fulfilment.Channels;

/// <summary>A logistics channel (物流渠道) an admin configures: who carries, where to, what goods, at what price.</summary>
public sealed class LogisticsChannel
{
    public int Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
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

    /// <summary>The rate row for a destination: the country's own row wins over the default <c>*</c> row.</summary>
    public ChannelRate? RateFor(string countryCode) =>
        Rates.FirstOrDefault(r => r.CountryCode == countryCode)
        ?? Rates.FirstOrDefault(r => r.CountryCode == ChannelRate.AnyCountry);
}
