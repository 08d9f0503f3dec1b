namespace Fulfilment.Web.Security;

/// <summary>
/// Who acts in the current DI scope: the request's signed-in user, unless the scope was explicitly set to act as
/// someone else (start-up work, tests driving services directly). Set it before resolving anything that uses it.
/// </summary>
public sealed class ActorScope(IHttpContextAccessor accessor)
{
    private ICurrentActor? _actor;

    public ICurrentActor Current => _actor ??= new HttpCurrentActor(accessor);

    public void ActAs(ICurrentActor actor) => _actor = actor;
}
