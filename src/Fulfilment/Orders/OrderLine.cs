namespace Fulfilment.Orders;

/// <summary>
/// One product line of an order. <see cref="ShippedQuantity"/> counts units packed into live (not cancelled)
/// logistics orders; the database keeps it between 0 and <see cref="Quantity"/>.
/// </summary>
public sealed class OrderLine
{
    public long Id { get; set; }
    public long OrderId { get; set; }
    public long StoreId { get; set; }
    public string Sku { get; set; } = "";
    public string Title { get; set; } = "";
    public int Quantity { get; set; }
    public int ShippedQuantity { get; private set; }
    public decimal UnitPrice { get; set; }
    public int WeightGrams { get; set; }

    public int RemainingQuantity => Quantity - ShippedQuantity;

    /// <summary>Packs <paramref name="quantity"/> units into a parcel; false when fewer remain.</summary>
    public bool TryAllocate(int quantity)
    {
        if (quantity <= 0 || quantity > RemainingQuantity)
        {
            return false;
        }

        ShippedQuantity += quantity;
        return true;
    }

    /// <summary>Gives units back when their parcel is cancelled, so they can be shipped again.</summary>
    public void Release(int quantity)
    {
        if (quantity <= 0 || quantity > ShippedQuantity)
        {
            throw new InvalidOperationException($"Cannot release {quantity} of {ShippedQuantity} shipped units of {Sku}.");
        }

        ShippedQuantity -= quantity;
    }
}
