namespace Fulfilment.Shipping;

/// <summary>Units of one order line packed in a parcel, with their customs declaration (CN22 line).</summary>
public sealed class LogisticsOrderLine
{
    public long Id { get; private set; }
    public long LogisticsOrderId { get; init; }
    public long StoreId { get; init; }
    public long OrderLineId { get; init; }
    public string Sku { get; init; } = "";
    public int Quantity { get; init; }

    /// <summary>English description for customs.</summary>
    public string Description { get; init; } = "";

    /// <summary>Declared value of these units together.</summary>
    public decimal Value { get; init; }

    public int WeightGrams { get; init; }
    public string? HsCode { get; init; }
    public string OriginCountry { get; init; } = "CN";
}
