namespace Fulfilment.UnitTests.Labels;

/// <summary>Labels to test with: recipients in several scripts, and addresses at the longest the app accepts.</summary>
internal static class Samples
{
    public static readonly Address Sender = new()
    {
        Name = "杭州优品跨境电商有限公司", Phone = "+86 571 8888 6666", CountryCode = "CN", Province = "浙江省", City = "杭州市",
        PostalCode = "310052", Line1 = "滨江区网商路699号", Line2 = "3号楼 5层",
    };

    public static readonly Address Chinese = new()
    {
        Name = "张伟", Phone = "+65 6123 4567", CountryCode = "SG", Province = "Singapore", City = "Singapore", PostalCode = "238801",
        Line1 = "391 Orchard Road", Line2 = "#12-01 Ngee Ann City",
    };

    public static readonly Address Cyrillic = new()
    {
        Name = "Иван Петров", Phone = "+7 495 123-45-67", CountryCode = "RU", Province = "Москва", City = "Москва", PostalCode = "125009",
        Line1 = "ул. Тверская, д. 13", Line2 = "кв. 42",
    };

    public static readonly Address Japanese = new()
    {
        Name = "山田 太郎", Phone = "+81 3-1234-5678", CountryCode = "JP", Province = "東京都", City = "千代田区", PostalCode = "100-0005",
        Line1 = "丸の内1-9-1", Line2 = "グラントウキョウノースタワー 12F",
    };

    public static readonly Address Korean = new()
    {
        Name = "김민준", Phone = "+82 2-3700-1234", CountryCode = "KR", Province = "서울특별시", City = "중구", PostalCode = "04524",
        Line1 = "세종대로 110", Line2 = "서울시청 3층",
    };

    /// <summary>A sender whose address is written in Latin script: with a Latin-script recipient, a label without CJK.</summary>
    public static readonly Address LatinSender = new()
    {
        Name = "Hangzhou Youpin Cross-border E-commerce Co., Ltd.", Phone = "+86 571 8888 6666", CountryCode = "CN", Province = "Zhejiang",
        City = "Hangzhou", PostalCode = "310052", Line1 = "No. 699 Wangshang Road, Binjiang District", Line2 = "Building 3, Floor 5",
    };

    public static readonly Address Latin = new()
    {
        Name = "Camille Dubois", Phone = "+33 1 42 68 53 00", CountryCode = "FR", Province = "Île-de-France", City = "Paris", PostalCode = "75008",
        Line1 = "55 Rue du Faubourg Saint-Honoré", Line2 = null,
    };

    /// <summary>Every field at the longest the address book and the parcel form accept (name 100, lines 200, regions 100).</summary>
    public static Address Longest(bool cjk) => new()
    {
        Name = Repeat(cjk ? "欧阳娜娜" : "Maximilian-Alexander ", 100),
        Phone = "+49 (0) 30 1234-5678 901 234",
        CountryCode = "DE",
        Province = Repeat(cjk ? "北京市朝阳区" : "Nordrhein-Westfalen ", 100),
        City = Repeat(cjk ? "望京街道" : "Castrop-Rauxel ", 100),
        PostalCode = "12345-67890-12345678",
        Line1 = Repeat(cjk ? "阜通东大街六号院方恒国际中心" : "Hauptstrasse 123, Hinterhaus links, ", 200),
        Line2 = Repeat(cjk ? "三号楼二十五层二五零一室" : "Wohnung 42, bei Familie Schneider-Oberhausen ", 200),
    };

    public static LabelData Label(Address recipient, string waybill = "LP000000014CN", GoodsType goods = GoodsType.General, UndeliverableHandling undeliverable = UndeliverableHandling.Return, int lines = 2) =>
        new(
            waybill,
            "8123100007",
            "Cainiao Standard Shipping",
            "CAINIAO_STANDARD",
            "Cainiao",
            recipient,
            Sender,
            420,
            goods,
            undeliverable,
            CustomsCategory.SaleOfGoods,
            "Phone accessories",
            18.30m,
            Money.DefaultCurrency,
            [.. Enumerable.Range(0, lines).Select(i => new LabelLine(i % 2 == 0 ? "Clear phone case for iPhone 15" : "Braided USB-C cable 1 m", 1 + i, 45 + (10 * i), 6.90m + i, i % 2 == 0 ? "392690" : null, "CN"))],
            new DateTimeOffset(2026, 11, 23, 8, 0, 0, TimeSpan.Zero));

    /// <summary>A label with no CJK text anywhere: set in DejaVu Sans alone.</summary>
    public static LabelData LatinOnly(Address? recipient = null, int lines = 2) => Label(recipient ?? Latin, lines: lines) with { Sender = LatinSender };

    /// <summary>A plain English contents description of exactly <paramref name="length"/> characters.</summary>
    public static string Contents(int length)
    {
        var text = string.Concat(Enumerable.Repeat("Smartphone protective cases, braided charging cables, screen protectors and wireless earbuds; ", (length / 50) + 1))[..length];
        return char.IsWhiteSpace(text[^1]) ? text[..^1] + "s" : text;
    }

    private static string Repeat(string part, int length)
    {
        var text = string.Concat(Enumerable.Repeat(part, (length / part.Length) + 1));
        return text[..length].Trim();
    }
}
