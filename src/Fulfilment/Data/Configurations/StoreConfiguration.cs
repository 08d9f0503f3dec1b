namespace Fulfilment.Data.Configurations;

internal sealed class StoreConfiguration : IEntityTypeConfiguration<Store>
{
    public void Configure(EntityTypeBuilder<Store> builder)
    {
        builder.Property(s => s.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(s => s.Name).IsUnique();
        builder.Property(s => s.TimeZone).HasMaxLength(Common.LocalTime.MaxZoneIdLength).IsRequired().HasDefaultValue(Common.LocalTime.DefaultZoneId);
    }
}
