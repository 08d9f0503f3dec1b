namespace Fulfilment.Data.Configurations;

internal sealed class WarehouseConfiguration : IEntityTypeConfiguration<Warehouse>
{
    public void Configure(EntityTypeBuilder<Warehouse> builder)
    {
        builder.Property(w => w.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(w => w.Code).IsUnique();
        builder.Property(w => w.Name).HasMaxLength(100).IsRequired();
        builder.Property(w => w.ChineseName).HasMaxLength(100);
        builder.Property(w => w.TimeZone).HasMaxLength(Common.LocalTime.MaxZoneIdLength).IsRequired().HasDefaultValue(Common.LocalTime.DefaultZoneId);
        builder.ComplexProperty(w => w.Address, AddressMapping.Map);
        builder.Property(w => w.Version).IsRowVersion();

        // At most one designated default transit warehouse.
        builder.HasIndex(w => w.IsDefaultTransit, "ix_warehouses_one_default_transit").HasDatabaseName("ix_warehouses_one_default_transit").IsUnique().HasFilter("is_default_transit");
        builder.ToTable(t => t.HasCheckConstraint("ck_warehouses_default_is_transit", "NOT is_default_transit OR kind = 'Transit'"));
    }
}
