namespace Fulfilment.IntegrationTests.Orders;

/// <summary>Order bodies as an integrator sends them to <c>POST /api/orders</c>.</summary>
internal static class OrderJson
{
    public static Dictionary<string, object?> Order(string orderNumber, string buyer = "Emily Johnson", string channel = "CAINIAO_STANDARD", string country = "US", params object[] lines) => new()
    {
        ["orderNumber"] = orderNumber,
        ["buyerName"] = buyer,
        ["buyerChannelCode"] = channel,
        ["placedAt"] = DateTimeOffset.UtcNow.AddDays(-1),
        ["shipBy"] = DateTimeOffset.UtcNow.AddDays(5),
        ["recipient"] = Recipient(country),
        ["lines"] = lines.Length > 0 ? lines : new[] { Line("PC-IP15-CLR", 2), Line("CBL-USBC-1M", 1) },
    };

    public static object Recipient(string country = "US") => new
    {
        name = "Emily Johnson", phone = "+1 415 555 0134", countryCode = country, province = "CA", city = "San Francisco",
        postalCode = "94107", line1 = "500 Brannan St", line2 = "Apt 4B",
    };

    public static object Line(string sku, int quantity, decimal unitPrice = 6.90m, int weightGrams = 45) =>
        new { sku, title = "Product " + sku, quantity, unitPrice, weightGrams };
}
