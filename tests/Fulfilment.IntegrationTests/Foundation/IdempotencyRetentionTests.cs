using Fulfilment.Idempotency;

namespace Fulfilment.IntegrationTests.Foundation;

public sealed class IdempotencyRetentionTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task Keys_older_than_a_day_are_forgotten_and_younger_ones_kept()
    {
        await using (var db = fixture.App.Db())
        {
            db.IdempotencyRecords.AddRange(
                new IdempotencyRecord { Scope = "store:1", Key = "old", RequestHash = "x", ResponseJson = "{}", CreatedAt = DateTimeOffset.UtcNow.AddHours(-25) },
                new IdempotencyRecord { Scope = "store:1", Key = "young", RequestHash = "x", ResponseJson = "{}", CreatedAt = DateTimeOffset.UtcNow.AddHours(-23) });
            await db.SaveChangesAsync();
        }

        var purged = await fixture.App.WithServices(FixedActor.System, services => services.GetRequiredService<IdempotencyRetention>().Purge(CancellationToken.None));
        Assert.Equal(1, purged);
        await using var check = fixture.App.Db();
        Assert.Equal(["young"], await check.IdempotencyRecords.Select(r => r.Key).ToListAsync());
    }
}
