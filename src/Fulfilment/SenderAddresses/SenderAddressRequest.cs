namespace Fulfilment.SenderAddresses;

/// <summary>An address book entry as a seller enters it (page or API): the address fields, and whether it is the default.</summary>
public sealed record SenderAddressRequest : Address
{
    public bool IsDefault { get; init; }
}

public sealed class SenderAddressRequestValidator : AbstractValidator<SenderAddressRequest>
{
    public SenderAddressRequestValidator(IValidator<Address> address) => Include(address);
}
