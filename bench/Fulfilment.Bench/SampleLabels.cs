using Fulfilment.Channels;
using Fulfilment.Common;
using Fulfilment.Labels;
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
}
