using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Fulfilment.Data.Configurations;

internal sealed class TimelineEventConfiguration : IEntityTypeConfiguration<TimelineEvent>
{
    public void Configure(EntityTypeBuilder<TimelineEvent> builder)
    {
        builder.HasOne<Store>().WithMany().HasForeignKey(e => e.StoreId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Order>().WithMany().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(e => e.Payload);
        builder.Property(e => e.Actor).HasMaxLength(256).IsRequired();
        builder.Property(e => e.Data)
            .HasColumnType("jsonb")
            .HasConversion(
                v => JsonSerializer.Serialize(v, JsonSerializerOptions.Default),
                v => ReadData(v),
                new ValueComparer<Dictionary<string, string>>(
                    (a, b) => a!.Count == b!.Count && !a.Except(b).Any(),
                    v => v.Aggregate(0, (h, kv) => HashCode.Combine(h, kv.Key, kv.Value)),
                    v => new Dictionary<string, string>(v)));
        builder.HasIndex(e => new { e.OrderId, e.At });
        builder.HasIndex(e => new { e.StoreId, e.At });
        builder.HasIndex(e => e.LogisticsOrderId);

        // The seller's home page: parcels held at the warehouse for want of balance. Holds are rare among a store's events
        // (every ship records two others), so a partial index finds them without reading the store's whole history, and
        // costs other events nothing but the check of its condition.
        builder.HasIndex(e => e.StoreId, "ix_timeline_events_held_for_balance").HasDatabaseName("ix_timeline_events_held_for_balance")
            .HasFilter($"kind = '{nameof(TimelineEventKind.HeldForBalance)}'");
    }

    /// <summary>The stored <c>data</c> column (a JSON object of strings) as the event's map; plain SQL reads use it too.</summary>
    internal static Dictionary<string, string> ReadData(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json, JsonSerializerOptions.Default) ?? new Dictionary<string, string>();
}
