namespace Fulfilment.DemoData;

/// <summary>Orders awaiting shipment to a dozen countries, with recipients written in their own scripts.</summary>
internal static class DemoOrders
{
    public const int DemoStoreCount = 40;
    public const int SecondStoreCount = 6;

    private static readonly Address[] Recipients =
    [
        Recipient("Emily Johnson", "+1 415 555 0134", "US", "CA", "San Francisco", "94107", "500 Brannan St", "Apt 4B"),
        Recipient("Michael Brown", "+1 212 555 0199", "US", "NY", "New York", "10001", "350 5th Ave", "Suite 3300"),
        Recipient("Oliver Smith", "+44 20 7946 0958", "GB", "England", "London", "SW1A 1AA", "10 Downing Street", null),
        Recipient("Lena Schmidt", "+49 30 901820", "DE", "Berlin", "Berlin", "10117", "Unter den Linden 77", null),
        Recipient("Camille Dubois", "+33 1 42 68 53 00", "FR", "Île-de-France", "Paris", "75008", "55 Rue du Faubourg Saint-Honoré", null),
        Recipient("Lucía García", "+34 915 23 17 01", "ES", "Madrid", "Madrid", "28013", "Calle Mayor 61", "3º Izq."),
        Recipient("Giulia Rossi", "+39 06 6982", "IT", "Lazio", "Roma", "00187", "Via del Corso 300", null),
        Recipient("Иван Петров", "+7 495 123-45-67", "RU", "Москва", "Москва", "125009", "ул. Тверская, д. 13", "кв. 42"),
        Recipient("Анна Смирнова", "+7 812 555-12-34", "RU", "Санкт-Петербург", "Санкт-Петербург", "191186", "Невский проспект, 28", null),
        Recipient("山田 太郎", "+81 3-1234-5678", "JP", "東京都", "千代田区", "100-0005", "丸の内1-9-1", "グラントウキョウノースタワー 12F"),
        Recipient("김민준", "+82 2-3700-1234", "KR", "서울특별시", "중구", "04524", "세종대로 110", "서울시청 3층"),
        Recipient("Mateus Oliveira", "+55 11 3003-1234", "BR", "SP", "São Paulo", "01310-100", "Avenida Paulista, 1578", null),
        Recipient("Charlotte Wilson", "+61 2 9250 7111", "AU", "NSW", "Sydney", "2000", "2 Macquarie Street", null),
        Recipient("Liam Tremblay", "+1 514 555 0142", "CA", "QC", "Montréal", "H2Y 1C6", "275 Rue Notre-Dame Est", null),
        Recipient("Sanne de Vries", "+31 20 624 1111", "NL", "Noord-Holland", "Amsterdam", "1012 JS", "Dam 1", null),
        Recipient("Zofia Kowalska", "+48 22 123 45 67", "PL", "Mazowieckie", "Warszawa", "00-001", "ul. Marszałkowska 10", "m. 5"),
        Recipient("张伟", "+65 6123 4567", "SG", "Singapore", "Singapore", "238801", "391 Orchard Road", "#12-01 Ngee Ann City"),
        Recipient("Γιώργος Παπαδόπουλος", "+30 21 0321 1234", "GR", "Αττική", "Αθήνα", "105 57", "Οδός Ερμού 25", null),
    ];

    private static readonly (string Sku, string Title, decimal Price, int Grams)[] Products =
    [
        ("PC-IP15-CLR", "Clear phone case for iPhone 15", 6.90m, 45),
        ("CBL-USBC-1M", "Braided USB-C cable 1 m", 4.50m, 60),
        ("EAR-TWS-PRO", "Wireless earbuds with charging case", 24.90m, 120),
        ("WTC-BAND-BLK", "Silicone watch band, black", 3.80m, 25),
        ("LMP-LED-DSK", "LED desk lamp, foldable", 18.50m, 480),
        ("SCF-SILK-RED", "Silk scarf, red peony print", 12.00m, 80),
        ("MUG-CER-350", "Ceramic mug 350 ml", 7.20m, 360),
        ("KEY-MECH-87", "Mechanical keyboard, 87 keys", 39.00m, 900),
        ("TOY-PUZ-500", "Wooden jigsaw puzzle, 500 pieces", 9.90m, 420),
        ("PEN-GEL-12", "Gel pens, set of 12", 5.40m, 150),
    ];

    private static readonly string[] BuyerChannels =
    [
        DemoChannels.Standard, DemoChannels.Standard, DemoChannels.Standard, DemoChannels.Economy,
        DemoChannels.Economy, DemoChannels.ChinaPost, DemoChannels.Special,
    ];

    public static IEnumerable<Order> For(long storeId, DateTimeOffset now, int count, int seed, string prefix)
    {
        var random = new Random(seed);
        // The demo stores work in Asia/Shanghai: "today" is their local day (as a UTC instant, its midnight there).
        var today = LocalTime.Of(LocalTime.DefaultZoneId).StartOfDay(now);
        for (var i = 0; i < count; i++)
        {
            var recipient = Recipients[i % Recipients.Length];
            var placedAt = today.AddDays(-random.Next(1, 9)).AddHours(random.Next(0, 24)).AddMinutes(random.Next(0, 60));

            // A few overdue, a few due today, the rest within the week: the inbox should have something urgent.
            var shipBy = i switch
            {
                < 3 => today.AddDays(-1).AddHours(18),
                < 6 => today.AddHours(23).AddMinutes(59),
                _ => today.AddDays(random.Next(1, 8)).AddHours(23).AddMinutes(59),
            };
            var lineCount = i % 5 == 0 ? 3 : i % 3 == 0 ? 2 : 1;
            var products = Products.OrderBy(_ => random.Next()).Take(lineCount).ToList();
            var order = new Order
            {
                StoreId = storeId,
                OrderNumber = prefix + (100_000 + (i * 7919 % 90_000)).ToString(CultureInfo.InvariantCulture) + (i % 10).ToString(CultureInfo.InvariantCulture),
                BuyerName = recipient.Name,
                BuyerChannelCode = BuyerChannels[random.Next(BuyerChannels.Length)],
                PlacedAt = placedAt,
                ShipBy = shipBy,
                Recipient = recipient,
                CreatedAt = now,
                UpdatedAt = now,
                Lines = [.. products.Select(p => new OrderLine
                {
                    StoreId = storeId,
                    Sku = p.Sku,
                    Title = p.Title,
                    Quantity = lineCount > 1 || i % 4 == 0 ? random.Next(1, 4) : 1,
                    UnitPrice = p.Price,
                    WeightGrams = p.Grams,
                })],
            };
            yield return order;
        }
    }

    private static Address Recipient(string name, string phone, string country, string province, string city, string postal, string line1, string? line2) =>
        new()
        {
            Name = name,
            Phone = phone,
            CountryCode = country,
            Province = province,
            City = city,
            PostalCode = postal,
            Line1 = line1,
            Line2 = line2,
        };
}
