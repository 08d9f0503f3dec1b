namespace Fulfilment.Web.Api;

/// <summary>
/// A capability's API routes. Every implementation in this assembly is found and mapped under <c>/api</c>
/// by <see cref="ApiSetup.MapFulfilmentApi"/>, so adding a capability touches no shared file.
/// </summary>
public interface IApiEndpoints
{
    void Map(RouteGroupBuilder api);
}
