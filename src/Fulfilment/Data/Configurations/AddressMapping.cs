namespace Fulfilment.Data.Configurations;

/// <summary>Columns of an <see cref="Address"/> stored inline in its owner's table.</summary>
internal static class AddressMapping
{
    public const int NameLength = 100;
    public const int PhoneLength = 30;
    public const int RegionLength = 100;
    public const int PostalCodeLength = 20;
    public const int LineLength = 200;

    public static void Map(ComplexPropertyBuilder<Address> address)
    {
        address.Property(a => a.Name).HasMaxLength(NameLength).IsRequired();
        address.Property(a => a.Phone).HasMaxLength(PhoneLength).IsRequired();
        address.Property(a => a.CountryCode).HasMaxLength(2).IsRequired();
        address.Property(a => a.Province).HasMaxLength(RegionLength).IsRequired();
        address.Property(a => a.City).HasMaxLength(RegionLength).IsRequired();
        address.Property(a => a.PostalCode).HasMaxLength(PostalCodeLength).IsRequired();
        address.Property(a => a.Line1).HasMaxLength(LineLength).IsRequired();
        address.Property(a => a.Line2).HasMaxLength(LineLength);
    }
}
