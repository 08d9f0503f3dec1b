namespace Fulfilment.SenderAddresses;

/// <summary>An entry of the store's sender address book. One may be the default for new parcels.</summary>
public sealed class SenderAddress
{
    public long Id { get; set; }
    public long StoreId { get; set; }
    public Store? Store { get; set; }
    public Address Address { get; set; } = new();
    public bool IsDefault { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
