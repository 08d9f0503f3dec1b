namespace Fulfilment.Shipping;

/// <summary>
/// Issues waybill serials, and the ids of new logistics orders, from database sequences in blocks
/// (<see cref="IdBlocks"/>): never the same twice, never reused, even after a rollback.
/// </summary>
[ScopedService]
public sealed class WaybillSerials(FulfilmentDbContext db, IdBlocks blocks)
{
    public const string SequenceName = "waybill_serial";

    /// <summary>The identity sequence of <c>logistics_orders.id</c> (its increment is <see cref="IdBlocks.BlockSize"/>).</summary>
    public const string LogisticsOrderIdSequence = "logistics_orders_id_seq";

    public async Task<string> Next(string serviceIndicator, string originCountry, CancellationToken ct)
    {
        var serial = await blocks.Next(db, SequenceName, ct);
        return Waybill.Create(serviceIndicator, serial, originCountry);
    }

    /// <summary>
    /// The id the next logistics order will have, known before it is saved, so the parcel, its lines, its timeline and
    /// its charge are written in one round trip.
    /// </summary>
    public Task<long> NextLogisticsOrderId(CancellationToken ct) => blocks.Next(db, LogisticsOrderIdSequence, ct);
}
