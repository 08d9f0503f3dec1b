using Fulfilment.Channels;

namespace Fulfilment.IntegrationTests.Shipping;

/// <summary>Arranging online shipping through the API: untouched orders (each handed out once per database) and request bodies.</summary>
internal static class Shipments
{
    private static readonly ConcurrentDictionary<string, byte> HandedOut = new();

    public sealed record OrderPick(string OrderNumber, string BuyerChannelCode, string Country, IReadOnlyList<OrderLine> Lines)
    {
        public int Weight => Math.Max(1, Lines.Sum(l => l.WeightGrams * l.Quantity));
    }

    /// <summary>An order of the store with nothing shipped yet, never handed to another test on the same database.</summary>
    public static async Task<OrderPick> FreshOrderAsync(this FulfilmentApp app, string storeName = DemoData.DemoSeeder.DemoStoreName, Func<Order, bool>? where = null)
    {
        await using var db = app.Db();
        var orders = await db.Orders.Include(o => o.Lines).Where(o => o.Store!.Name == storeName && o.Status == OrderStatus.AwaitingShipment)
            .OrderBy(o => o.Id).ToListAsync();
        var order = orders.First(o => o.Lines.All(l => l.ShippedQuantity == 0) && (where is null || where(o)) && HandedOut.TryAdd($"{app.ConnectionString}|{o.OrderNumber}", 0));
        return new OrderPick(order.OrderNumber, order.BuyerChannelCode ?? "", order.Recipient.CountryCode, [.. order.Lines.OrderBy(l => l.Id)]);
    }

    /// <summary>A valid create body: the given channel (mismatch confirmed), everything that remains, automatic handover.</summary>
    public static JsonObject Body(string channelCode, int weightGrams = 300, string undeliverable = "Return", string goodsType = "General", bool confirm = true) => new()
    {
        ["channelCode"] = channelCode,
        ["goodsType"] = goodsType,
        ["confirmChannelMismatch"] = confirm,
        ["recipient"] = null,
        ["senderAddressId"] = null,
        ["parcel"] = new JsonObject
        {
            ["weightGrams"] = weightGrams,
            ["lengthCm"] = 20,
            ["widthCm"] = 15,
            ["heightCm"] = 5,
            ["declaredValue"] = 12.50m,
            ["contentsDescription"] = "Phone case",
        },
        ["lines"] = null,
        ["handover"] = "Auto",
        ["undeliverable"] = undeliverable,
        ["agreementAccepted"] = true,
    };

    public static async Task<HttpResponseMessage> ShipAsync(this HttpClient api, string orderNumber, JsonNode body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/orders/{Uri.EscapeDataString(orderNumber)}/logistics-orders")
        {
            Content = JsonContent.Create(body),
        };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await api.SendAsync(request, TestContext.Current.CancellationToken);
    }

    /// <summary>The freight the domain formula gives for a channel, destination and weight (computed from the stored rate rows).</summary>
    public static async Task<(decimal Freight, decimal ReturnFee, string Indicator)> ExpectedAsync(this FulfilmentApp app, string channelCode, string country, int weightGrams)
    {
        await using var db = app.Db();
        var channel = await db.Channels.Include(c => c.Rates).SingleAsync(c => c.Code == channelCode);
        return (FreightQuote.Calculate(channel.RateFor(country)!, weightGrams), channel.ReturnServiceFee, channel.ServiceIndicator);
    }
}
