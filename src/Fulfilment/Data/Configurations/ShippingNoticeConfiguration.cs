namespace Fulfilment.Data.Configurations;

internal sealed class ShippingNoticeConfiguration : IEntityTypeConfiguration<ShippingNotice>
{
    public void Configure(EntityTypeBuilder<ShippingNotice> builder)
    {
        builder.HasOne(n => n.Store).WithMany().HasForeignKey(n => n.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(n => n.Order).WithMany().HasForeignKey(n => n.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(n => n.FiledBy).HasMaxLength(256).IsRequired();
        builder.HasIndex(n => n.OrderId);
        builder.HasIndex(n => n.StoreId);
    }
}
