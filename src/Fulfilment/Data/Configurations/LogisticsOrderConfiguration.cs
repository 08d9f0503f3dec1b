namespace Fulfilment.Data.Configurations;

internal sealed class LogisticsOrderConfiguration : IEntityTypeConfiguration<LogisticsOrder>
{
    public void Configure(EntityTypeBuilder<LogisticsOrder> builder)
    {
        builder.ToTable("logistics_orders", t =>
        {
            t.HasCheckConstraint("ck_logistics_orders_weight_positive", "weight_grams > 0");
            t.HasCheckConstraint("ck_logistics_orders_money_not_negative", "freight >= 0 AND return_service_fee >= 0 AND declared_value >= 0 AND charged >= 0");
        });
        builder.HasOne(l => l.Store).WithMany().HasForeignKey(l => l.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Order).WithMany().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Channel).WithMany().HasForeignKey(l => l.ChannelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(l => l.Warehouse).WithMany().HasForeignKey(l => l.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Notices.ShippingNotice>().WithMany().HasForeignKey(l => l.ShippingNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SenderAddresses.SenderAddress>().WithMany().HasForeignKey(l => l.SenderAddressId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(l => l.OrderNumber).HasMaxLength(OrderConfiguration.OrderNumberLength).IsRequired();
        builder.Property(l => l.WaybillNumber).HasMaxLength(Waybill.Length).IsFixedLength().IsRequired();
        builder.Property(l => l.ChannelCode).HasMaxLength(40).IsRequired();
        builder.Property(l => l.ContentsDescription).HasMaxLength(200).IsRequired();
        builder.Property(l => l.CreatedBy).HasMaxLength(256).IsRequired();
        builder.Property(l => l.AgreementVersion).HasMaxLength(40);
        builder.Property(l => l.ReceivedBy).HasMaxLength(256);
        builder.Property(l => l.CancelledBy).HasMaxLength(256);
        builder.Property(l => l.HandedOverBy).HasMaxLength(256);
        builder.Property(l => l.Version).IsRowVersion();
        // Ids are taken a block at a time by the app (IdBlocks) so a parcel's id is known before it is saved.
        builder.Property(l => l.Id).UseIdentityByDefaultColumn().HasIdentityOptions(incrementBy: IdBlocks.BlockSize);
        builder.ComplexProperty(l => l.Recipient, AddressMapping.Map);
        builder.ComplexProperty(l => l.Sender, AddressMapping.Map);
        builder.HasMany(l => l.Lines).WithOne().HasForeignKey(l => l.LogisticsOrderId).OnDelete(DeleteBehavior.Cascade);

        // Waybill numbers are unique across the whole system, stores included.
        builder.HasIndex(l => l.WaybillNumber).IsUnique();

        // The packages list: a store's parcels, newest first; by order; by status; unprinted labels.
        builder.HasIndex(l => new { l.StoreId, l.Id }, "ix_logistics_orders_store_id_id").HasDatabaseName("ix_logistics_orders_store_id_id");
        // An order's parcels, always read with the store's filter: the index holds both, so that PostgreSQL takes it even
        // while its statistics still count the few parcels of before a burst of ships (bench/README, "An order's parcels
        // before autovacuum counts them"). With the order alone, it combined the store's index with the notice's and read
        // every parcel of the store for each order of an inbox page.
        builder.HasIndex(l => new { l.OrderId, l.StoreId });
        builder.HasIndex(l => new { l.StoreId, l.Status, l.Id });
        builder.HasIndex(l => new { l.StoreId, l.Id }, "ix_logistics_orders_unprinted").HasDatabaseName("ix_logistics_orders_unprinted").HasFilter("label_print_count = 0");

        // The warehouse's parcels by status (expected, received today).
        builder.HasIndex(l => new { l.WarehouseId, l.Status, l.ReceivedAt });
    }
}
