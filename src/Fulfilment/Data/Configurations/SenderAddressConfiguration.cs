namespace Fulfilment.Data.Configurations;

internal sealed class SenderAddressConfiguration : IEntityTypeConfiguration<SenderAddress>
{
    public void Configure(EntityTypeBuilder<SenderAddress> builder)
    {
        builder.HasOne(a => a.Store).WithMany().HasForeignKey(a => a.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.ComplexProperty(a => a.Address, AddressMapping.Map);
        builder.HasIndex(a => a.StoreId);
        builder.HasIndex(a => a.StoreId, "ix_sender_addresses_one_default_per_store").HasDatabaseName("ix_sender_addresses_one_default_per_store").IsUnique().HasFilter("is_default");
    }
}
