namespace Fulfilment.Data.Configurations;

internal sealed class FreightLedgerEntryConfiguration : IEntityTypeConfiguration<FreightLedgerEntry>
{
    public void Configure(EntityTypeBuilder<FreightLedgerEntry> builder)
    {
        builder.ToTable("freight_ledger_entries", t =>
        {
            t.HasCheckConstraint("ck_freight_ledger_entries_amount_not_zero", "amount <> 0");
            t.HasCheckConstraint("ck_freight_ledger_entries_balance_after_not_negative", "balance_after >= 0");
        });
        builder.HasOne(e => e.Store).WithMany().HasForeignKey(e => e.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.WaybillNumber).HasMaxLength(Waybill.Length);
        builder.Property(e => e.Note).HasMaxLength(500);
        builder.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        builder.HasIndex(e => new { e.StoreId, e.Id });
        builder.HasIndex(e => e.LogisticsOrderId);
        builder.Property(e => e.Reference).HasMaxLength(200);
        builder.Property(e => e.AuthorisationId).HasMaxLength(100);
        builder.HasIndex(e => e.Reference).IsUnique().HasFilter("reference IS NOT NULL");
    }
}
