namespace Fulfilment.Data.Configurations;

internal sealed class LogisticsChannelConfiguration : IEntityTypeConfiguration<LogisticsChannel>
{
    public void Configure(EntityTypeBuilder<LogisticsChannel> builder)
    {
        builder.ToTable("logistics_channels", t =>
        {
            t.HasCheckConstraint("ck_logistics_channels_service_indicator", "service_indicator ~ '^[A-Z]{2}$'");
            t.HasCheckConstraint("ck_logistics_channels_origin_country", "origin_country ~ '^[A-Z]{2}$'");
            t.HasCheckConstraint("ck_logistics_channels_max_weight_positive", "max_weight_grams > 0");
            t.HasCheckConstraint("ck_logistics_channels_return_fee_not_negative", "return_service_fee >= 0");
        });
        builder.Property(c => c.Code).HasMaxLength(40).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(100).IsRequired();
        builder.Property(c => c.ChineseName).HasMaxLength(100);
        builder.Property(c => c.Carrier).HasMaxLength(100).IsRequired();
        builder.Property(c => c.ServiceIndicator).HasMaxLength(2).IsFixedLength().IsRequired();

        // The service indicator starts every waybill number of the channel: two channels sharing one would make a
        // waybill ambiguous. Names are unique too, case-insensitively, by ux_logistics_channels_name_ci on lower(name)
        // (an expression index, created in the migration StoreAndWarehouseTimeZones).
        builder.HasIndex(c => c.ServiceIndicator).IsUnique();
        builder.Property(c => c.OriginCountry).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.PrimitiveCollection(c => c.GoodsTypes).ElementType(e => e.HasConversion<string>());
        builder.Property(c => c.Version).IsRowVersion();
        builder.HasMany(c => c.Rates).WithOne().HasForeignKey(r => r.ChannelId).OnDelete(DeleteBehavior.Cascade);
    }
}
