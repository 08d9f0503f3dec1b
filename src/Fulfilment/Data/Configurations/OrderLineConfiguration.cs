namespace Fulfilment.Data.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.Property(l => l.Sku).HasMaxLength(64).IsRequired();
        builder.Property(l => l.Title).HasMaxLength(200).IsRequired();
        builder.HasIndex(l => new { l.OrderId, l.Sku }).IsUnique();
        builder.HasIndex(l => l.StoreId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_order_lines_quantity_positive", "quantity > 0");
            t.HasCheckConstraint("ck_order_lines_shipped_within_quantity", "shipped_quantity >= 0 AND shipped_quantity <= quantity");
            t.HasCheckConstraint("ck_order_lines_unit_price_not_negative", "unit_price >= 0");
            t.HasCheckConstraint("ck_order_lines_weight_not_negative", "weight_grams >= 0");
        });
    }
}
