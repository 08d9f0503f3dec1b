namespace Fulfilment.Data.Configurations;

internal sealed class PickupRequestConfiguration : IEntityTypeConfiguration<PickupRequest>
{
    public void Configure(EntityTypeBuilder<PickupRequest> builder)
    {
        builder.HasOne(p => p.Store).WithMany().HasForeignKey(p => p.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.LogisticsOrder).WithMany().HasForeignKey(p => p.LogisticsOrderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Warehouse).WithMany().HasForeignKey(p => p.WarehouseId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.RequestedBy).HasMaxLength(256).IsRequired();
        builder.Property(p => p.DecidedBy).HasMaxLength(256);
        builder.Property(p => p.RejectionReason).HasMaxLength(500);
        builder.Property(p => p.Version).IsRowVersion();

        // The warehouse's queue: its requests of a status, oldest first.
        builder.HasIndex(p => new { p.WarehouseId, p.Status, p.RequestedAt });
        builder.HasIndex(p => p.StoreId);

        // A parcel has at most one undecided request.
        builder.HasIndex(p => p.LogisticsOrderId, "ix_pickup_requests_one_pending_per_parcel").HasDatabaseName("ix_pickup_requests_one_pending_per_parcel").IsUnique().HasFilter("status = 'Pending'");
        builder.HasIndex(p => p.LogisticsOrderId);
        builder.ToTable(t => t.HasCheckConstraint("ck_pickup_requests_rejection_has_reason", "status <> 'Rejected' OR length(rejection_reason) > 0"));
    }
}
