namespace Fulfilment.Common;

/// <summary>
/// A postal address with the person at it, as recipients, senders and warehouses have. Requests that carry an address
/// as their own top-level fields derive from it, so validation names the fields as the request does.
/// </summary>
public record Address
{
    public string Name { get; init; } = "";
    public string Phone { get; init; } = "";
    public string CountryCode { get; init; } = "";
    public string Province { get; init; } = "";
    public string City { get; init; } = "";
    public string PostalCode { get; init; } = "";
    public string Line1 { get; init; } = "";
    public string? Line2 { get; init; }

    /// <summary>
    /// A plain copy with surrounding blanks removed and the country code upper-cased. A client may send <c>null</c> for
    /// any field (JSON ignores the non-nullable annotations), and a blank form field binds as null: both read as empty,
    /// so an optional field left out is simply empty and a required one is refused by the validator, never a crash.
    /// </summary>
    public Address Normalized() => new()
    {
        Name = (Name ?? "").Trim(),
        Phone = (Phone ?? "").Trim(),
        CountryCode = (CountryCode ?? "").Trim().ToUpperInvariant(),
        Province = (Province ?? "").Trim(),
        City = (City ?? "").Trim(),
        PostalCode = (PostalCode ?? "").Trim(),
        Line1 = (Line1 ?? "").Trim(),
        Line2 = string.IsNullOrWhiteSpace(Line2) ? null : Line2.Trim(),
    };

    public IEnumerable<string> Lines()
    {
        yield return Line1;
        if (!string.IsNullOrWhiteSpace(Line2))
        {
            yield return Line2;
        }

        yield return string.Join(", ", new[] { City, Province, PostalCode }.Where(s => !string.IsNullOrWhiteSpace(s)));
        yield return CountryCode;
    }
}
