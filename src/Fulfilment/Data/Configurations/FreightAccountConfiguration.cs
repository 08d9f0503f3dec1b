namespace Fulfilment.Data.Configurations;

internal sealed class FreightAccountConfiguration : IEntityTypeConfiguration<FreightAccount>
{
    public void Configure(EntityTypeBuilder<FreightAccount> builder)
    {
        builder.HasKey(a => a.StoreId);
        builder.HasOne(a => a.Store).WithOne().HasForeignKey<FreightAccount>(a => a.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.HolderName).HasMaxLength(100).IsRequired();
        builder.Property(a => a.AccountMasked).HasMaxLength(120).IsRequired();
        builder.Property(a => a.GatewayToken).HasMaxLength(100).IsRequired();
        builder.Property(a => a.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(a => a.Version).IsRowVersion();
        builder.ToTable(t => t.HasCheckConstraint("ck_freight_accounts_balance_not_negative", "balance >= 0"));
    }
}
