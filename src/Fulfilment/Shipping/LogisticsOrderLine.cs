namespace Fulfilment.Shipping;

/// <summary>Units of one order line packed in a parcel, with their customs declaration (CN22 line).</summary>
public sealed class LogisticsOrderLine
{
    public long Id { get; set; }
    public long LogisticsOrderId { get; set; }
    public long StoreId { get; set; }
    public long OrderLineId { get; set; }
    public string Sku { get; set; } = "";
    public int Quantity { get; set; }

    /// <summary>English description for customs.</summary>
    public string Description { get; set; } = "";

    /// <summary>Declared value of these units together.</summary>
    public decimal Value { get; set; }

    public int WeightGrams { get; set; }
    public string? HsCode { get; set; }
    public string OriginCountry { get; set; } = "CN";
}
