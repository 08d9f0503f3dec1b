namespace Fulfilment.Data.Configurations;

internal sealed class AppUserConfiguration : IEntityTypeConfiguration<AppUser>
{
    public void Configure(EntityTypeBuilder<AppUser> builder)
    {
        builder.Property(u => u.Role).HasMaxLength(20).IsRequired();
        builder.HasOne(u => u.Store).WithMany().HasForeignKey(u => u.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Warehouse).WithMany().HasForeignKey(u => u.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.StoreId);
        builder.HasIndex(u => u.WarehouseId);
        builder.ToTable(t =>
        {
            t.HasCheckConstraint("ck_users_seller_has_store", "role <> 'Seller' OR store_id IS NOT NULL");
            t.HasCheckConstraint("ck_users_staff_has_warehouse", "role <> 'WarehouseStaff' OR warehouse_id IS NOT NULL");
        });
    }
}
