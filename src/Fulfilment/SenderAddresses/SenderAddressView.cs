
namespace Fulfilment.SenderAddresses;

/// <summary>An address book entry as pages and the API show it.</summary>
public sealed record SenderAddressView(long Id, string Name, string Phone, string CountryCode, string Province, string City, string PostalCode, string Line1, string? Line2, bool IsDefault)
{
    public static SenderAddressView From(SenderAddress entry) => new(
        entry.Id, entry.Address.Name, entry.Address.Phone, entry.Address.CountryCode, entry.Address.Province,
        entry.Address.City, entry.Address.PostalCode, entry.Address.Line1, entry.Address.Line2, entry.IsDefault);

    public SenderAddressRequest ToRequest() => new()
    {
        Name = Name, Phone = Phone, CountryCode = CountryCode, Province = Province, City = City, PostalCode = PostalCode, Line1 = Line1, Line2 = Line2, IsDefault = IsDefault,
    };
}
