using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Fulfilment.Data;

/// <summary>
/// Database contexts are pooled (EF's <see cref="PooledDbContextFactory{TContext}"/>): a request leases one whose
/// internal services (query compiler, update pipeline, loggers) were set up by an earlier request, instead of setting up
/// a new context's hundred-odd services and their loggers every time (about a third of what a request allocated).
/// There are two pools because a context keeps the model it started with and there are two models
/// (<see cref="FulfilmentDbContext.OneStoreModel"/>): sellers lease from one, everyone else (all-stores actors, and
/// requests not yet signed in) from the other, so a context never serves an actor under the other model's filters.
/// </summary>
public sealed class TenancyContextPools(DbContextOptions<FulfilmentDbContext> options)
{
    private readonly PooledDbContextFactory<FulfilmentDbContext> _oneStore = new(options);
    private readonly PooledDbContextFactory<FulfilmentDbContext> _general = new(options);

    /// <summary>A context acting as <paramref name="actor"/>; disposing it returns it to its pool.</summary>
    public FulfilmentDbContext Lease(ICurrentActor actor)
    {
        var oneStore = FulfilmentDbContext.WorksForOneStore(actor);
        var db = (oneStore ? _oneStore : _general).CreateDbContext();
        db.LeaseTo(actor, oneStore);
        return db;
    }
}
