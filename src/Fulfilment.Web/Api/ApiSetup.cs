using JsonOptions = Microsoft.AspNetCore.Http.Json.JsonOptions;

namespace Fulfilment.Web.Api;

internal static class ApiSetup
{
    public static IServiceCollection AddFulfilmentApi(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options => Json.Configure(options.SerializerOptions));
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var details = context.ProblemDetails;
            details.Extensions.TryAdd("code", ApiProblems.CodeFor(details.Status ?? context.HttpContext.Response.StatusCode));
            details.Extensions.TryAdd("traceId", context.HttpContext.TraceIdentifier);
        });
        services.AddFulfilmentOpenApi();
        services.AddHealthChecks().AddDbContextCheck<FulfilmentDbContext>("database");
        services.AddHostedService<Hosting.IdempotencyJanitor>();
        return services;
    }

    public static void MapFulfilmentApi(this WebApplication app)
    {
        // Every API route needs a bearer token unless it says otherwise (sign-in does); every one checks its input
        // the same way before its handler runs (ApiInput).
        var api = app.MapGroup("/api").RequireAuthorization(Security.Policies.ApiUser).RequireRateLimiting(Security.RateLimiting.ApiPolicy).CheckInput();
        foreach (var type in typeof(IApiEndpoints).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApiEndpoints).IsAssignableFrom(t)))
        {
            ((IApiEndpoints)Activator.CreateInstance(type)!).Map(api);
        }

        // No catch-all route: routing itself answers a known path with another method 405 (with Allow) and a body of
        // another content type 415; only a path no endpoint has is 404. ErrorHandling writes each as problem details.
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
    }
}
