namespace Fulfilment.Data.Configurations;

internal sealed class LogisticsOrderLineConfiguration : IEntityTypeConfiguration<LogisticsOrderLine>
{
    public void Configure(EntityTypeBuilder<LogisticsOrderLine> builder)
    {
        builder.ToTable("logistics_order_lines", t =>
        {
            t.HasCheckConstraint("ck_logistics_order_lines_quantity_positive", "quantity > 0");
            t.HasCheckConstraint("ck_logistics_order_lines_value_not_negative", "value >= 0");
        });
        builder.HasOne<OrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.Sku).HasMaxLength(64).IsRequired();
        builder.Property(l => l.Description).HasMaxLength(200).IsRequired();
        builder.Property(l => l.HsCode).HasMaxLength(12);
        builder.Property(l => l.OriginCountry).HasMaxLength(2).IsFixedLength().IsRequired();
        builder.HasIndex(l => l.OrderLineId);
        builder.HasIndex(l => l.StoreId);
    }
}
