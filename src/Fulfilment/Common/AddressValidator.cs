using Fulfilment.Data.Configurations;

namespace Fulfilment.Common;

/// <summary>What every postal address needs, wherever it is entered.</summary>
public sealed class AddressValidator : AbstractValidator<Address>
{
    public AddressValidator()
    {
        RuleFor(a => a.Name).RequiredText(AddressMapping.NameLength);
        RuleFor(a => a.Phone).RequiredText(AddressMapping.PhoneLength)
            .Matches(@"^\+?[0-9 ()\-]{5,30}$").WithMessage(_ => Text.Get("Enter a phone number: digits, spaces, +, - and brackets."));
        RuleFor(a => a.CountryCode).CountryCode();
        RuleFor(a => a.Province).OptionalText(AddressMapping.RegionLength);
        RuleFor(a => a.City).RequiredText(AddressMapping.RegionLength);
        RuleFor(a => a.PostalCode).OptionalText(AddressMapping.PostalCodeLength);
        RuleFor(a => a.Line1).RequiredText(AddressMapping.LineLength);
        RuleFor(a => a.Line2).OptionalText(AddressMapping.LineLength);
    }
}
