namespace Fulfilment.Shipping;

/// <summary>Issues waybill serials from a database sequence: never the same twice, never reused, even after a rollback.</summary>
[ScopedService]
public sealed class WaybillSerials(FulfilmentDbContext db)
{
    public const string SequenceName = "waybill_serial";

    public async Task<string> Next(string serviceIndicator, string originCountry, CancellationToken ct)
    {
        var serial = await db.ScalarAsync<long>($"SELECT nextval('{SequenceName}')", ct);
        return Waybill.Create(serviceIndicator, serial, originCountry);
    }
}
