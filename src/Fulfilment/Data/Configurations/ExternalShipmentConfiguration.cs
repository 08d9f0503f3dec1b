using Fulfilment.Notices.FileShippingNotice;

namespace Fulfilment.Data.Configurations;

internal sealed class ExternalShipmentConfiguration : IEntityTypeConfiguration<ExternalShipment>
{
    public void Configure(EntityTypeBuilder<ExternalShipment> builder)
    {
        builder.HasOne(s => s.Store).WithMany().HasForeignKey(s => s.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Order).WithMany().HasForeignKey(s => s.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ShippingNotice>().WithMany().HasForeignKey(s => s.ShippingNoticeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Lines).WithOne().HasForeignKey(l => l.ExternalShipmentId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.CarrierName).HasMaxLength(ExternalShipmentRequest.CarrierNameLength).IsRequired();
        builder.Property(s => s.TrackingNumber).HasMaxLength(ExternalShipmentRequest.TrackingNumberLength).IsRequired();
        builder.Property(s => s.TrackingUrl).HasMaxLength(ExternalShipmentRequest.TrackingUrlLength);
        builder.Property(s => s.CreatedBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(s => s.OrderId);
        builder.HasIndex(s => s.StoreId);
    }
}

internal sealed class ExternalShipmentLineConfiguration : IEntityTypeConfiguration<ExternalShipmentLine>
{
    public void Configure(EntityTypeBuilder<ExternalShipmentLine> builder)
    {
        builder.ToTable("external_shipment_lines", t => t.HasCheckConstraint("ck_external_shipment_lines_quantity_positive", "quantity > 0"));
        builder.HasOne<OrderLine>().WithMany().HasForeignKey(l => l.OrderLineId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(l => l.Sku).HasMaxLength(64).IsRequired();
        builder.HasIndex(l => l.OrderLineId);
        builder.HasIndex(l => l.StoreId);
    }
}
