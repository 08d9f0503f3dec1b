using Fulfilment.Channels;
using Fulfilment.Common;
using Fulfilment.Shipping;

namespace Fulfilment.Bench;

/// <summary>Labels like the demo store's: recipients in Latin, Cyrillic, Chinese, Japanese and Korean script.</summary>
public static class SampleLabels
{
    private static readonly Address[] Recipients =
    [
        new() { Name = "Emily Johnson", Phone = "+1 415 555 0134", CountryCode = "US", Province = "CA", City = "San Francisco", PostalCode = "94107", Line1 = "500 Brannan St", Line2 = "Apt 4B" },
        new() { Name = "Иван Петров", Phone = "+7 495 123-45-67", CountryCode = "RU", Province = "Москва", City = "Москва", PostalCode = "125009", Line1 = "ул. Тверская, д. 13", Line2 = "кв. 42" },
        new() { Name = "张伟", Phone = "+65 6123 4567", CountryCode = "SG", Province = "Singapore", City = "Singapore", PostalCode = "238801", Line1 = "391 Orchard Road", Line2 = "#12-01 Ngee Ann City" },
        new() { Name = "山田 太郎", Phone = "+81 3-1234-5678", CountryCode = "JP", Province = "東京都", City = "千代田区", PostalCode = "100-0005", Line1 = "丸の内1-9-1", Line2 = "グラントウキョウノースタワー 12F" },
        new() { Name = "김민준", Phone = "+82 2-3700-1234", CountryCode = "KR", Province = "서울특별시", City = "중구", PostalCode = "04524", Line1 = "세종대로 110", Line2 = "서울시청 3층" },
    ];

    private static readonly Address Sender = new()
    {
        Name = "杭州优品跨境电商有限公司", Phone = "+86 571 8888 6666", CountryCode = "CN", Province = "浙江省", City = "杭州市",
        PostalCode = "310052", Line1 = "滨江区网商路699号", Line2 = "3号楼 5层",
    };

    private static readonly Address LatinSender = new()
    {
        Name = "Hangzhou Youpin Cross-border E-commerce Co., Ltd.", Phone = "+86 571 8888 6666", CountryCode = "CN", Province = "Zhejiang",
        City = "Hangzhou", PostalCode = "310052", Line1 = "No. 699 Wangshang Road, Binjiang District", Line2 = "Building 3, Floor 5",
    };

    public static LabelData One(int i)
    {
        var goods = (GoodsType)(i % 4);
        return new LabelData(
            Waybill.Create("LP", 10_000_000 + i, "CN"),
            $"8123{100_000 + i}",
            "Cainiao Standard Shipping",
            "CAINIAO_STANDARD",
            "Cainiao",
            Recipients[i % Recipients.Length],
            Sender,
            120 + (i % 900),
            goods,
            i % 3 == 0 ? UndeliverableHandling.Destroy : UndeliverableHandling.Return,
            CustomsCategory.SaleOfGoods,
            "Phone accessories",
            31.40m,
            Money.DefaultCurrency,
            [
                new LabelLine("Clear phone case for iPhone 15", 2, 90, 13.80m, "392690", "CN"),
                new LabelLine("Braided USB-C cable 1 m", 1, 60, 4.50m, "854442", "CN"),
                new LabelLine("Wireless earbuds with charging case", 1, 120, 13.10m, null, "CN"),
            ],
            new DateTimeOffset(2026, 11, 23, 8, 30, 0, TimeSpan.Zero));
    }

    public static IReadOnlyList<LabelData> Batch(int count) => [.. Enumerable.Range(0, count).Select(One)];

    /// <summary>A label with no CJK text at all: the US recipient and the sender's address written in Latin script.</summary>
    public static LabelData LatinOnly() => One(0) with { Sender = LatinSender };

    /// <summary>Recipient and sender both at the longest lengths the app accepts, in Chinese and in Latin script.</summary>
    public static IReadOnlyList<LabelData> Longest() =>
    [
        One(0) with { Recipient = Long(cjk: true, "JP"), Sender = Long(cjk: true, "CN") },
        One(1) with { Recipient = Long(cjk: false, "DE") },
        One(2) with { Sender = Long(cjk: false, "CN") },
    ];

    private static Address Long(bool cjk, string country) => new()
    {
        Name = Repeat(cjk ? "欧阳娜娜" : "Maximilian-Alexander ", 100),
        Phone = "+49 (0) 30 1234-5678 901 234",
        CountryCode = country,
        Province = Repeat(cjk ? "北京市朝阳区" : "Nordrhein-Westfalen ", 100),
        City = Repeat(cjk ? "望京街道" : "Castrop-Rauxel ", 100),
        PostalCode = "12345-67890-12345678",
        Line1 = Repeat(cjk ? "阜通东大街六号院方恒国际中心" : "Hauptstrasse 123, Hinterhaus links, ", 200),
        Line2 = Repeat(cjk ? "三号楼二十五层二五零一室" : "Wohnung 42, bei Familie Schneider-Oberhausen ", 200),
    };

    private static string Repeat(string part, int length) => string.Concat(Enumerable.Repeat(part, (length / part.Length) + 1))[..length].Trim();
}
