namespace Fulfilment.Data.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public const int OrderNumberLength = 40;

    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.HasOne(o => o.Store).WithMany().HasForeignKey(o => o.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(o => o.OrderNumber).HasMaxLength(OrderNumberLength).IsRequired();
        builder.Property(o => o.BuyerName).HasMaxLength(100).IsRequired();
        builder.Property(o => o.BuyerChannelCode).HasMaxLength(40);
        builder.Property(o => o.CompletedBy).HasMaxLength(256);
        builder.Property(o => o.Version).IsRowVersion();
        builder.ComplexProperty(o => o.Recipient, AddressMapping.Map);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).AutoInclude(false);

        // Uniqueness per store is the database's job, so two racing imports cannot both insert.
        builder.HasIndex(o => new { o.StoreId, o.OrderNumber }).IsUnique();

        // The inbox: a store's orders of one status, by ship-by date.
        builder.HasIndex(o => new { o.StoreId, o.Status, o.ShipBy, o.Id });

        // The inbox sorted by placed date or buyer (bench/inbox: without them a sorted Shipped tab read all 450,000 of a
        // big store's rows, 4.3 s by buyer; the Awaiting tab by placed date 0.5 s).
        builder.HasIndex(o => new { o.StoreId, o.Status, o.PlacedAt, o.Id });
        builder.HasIndex(o => new { o.StoreId, o.Status, o.BuyerName, o.Id });

        // Search by buyer name or order number fragment.
        builder.HasIndex(o => o.BuyerName, "ix_orders_buyer_name_trgm").HasDatabaseName("ix_orders_buyer_name_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
        builder.HasIndex(o => o.OrderNumber, "ix_orders_order_number_trgm").HasDatabaseName("ix_orders_order_number_trgm").HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
