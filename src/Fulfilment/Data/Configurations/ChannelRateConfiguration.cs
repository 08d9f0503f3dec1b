namespace Fulfilment.Data.Configurations;

internal sealed class ChannelRateConfiguration : IEntityTypeConfiguration<ChannelRate>
{
    public void Configure(EntityTypeBuilder<ChannelRate> builder)
    {
        builder.ToTable("channel_rates", t =>
        {
            t.HasCheckConstraint("ck_channel_rates_country", "country_code = '*' OR country_code ~ '^[A-Z]{2}$'");
            t.HasCheckConstraint("ck_channel_rates_money_not_negative", "registration_fee >= 0 AND per_kg >= 0");
            t.HasCheckConstraint("ck_channel_rates_min_weight_not_negative", "min_chargeable_grams >= 0");
        });
        builder.Property(r => r.CountryCode).HasMaxLength(2).IsRequired();
        builder.HasIndex(r => new { r.ChannelId, r.CountryCode }).IsUnique();
    }
}
