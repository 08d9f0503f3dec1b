using Fulfilment.Common;
using Fulfilment.Data;
using Fulfilment.Web.Api.OpenApi;
using Microsoft.AspNetCore.Http.Json;

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
        // Every API route needs a bearer token unless it says otherwise (sign-in does).
        var api = app.MapGroup("/api").RequireAuthorization(Security.Policies.ApiUser);
        foreach (var type in typeof(IApiEndpoints).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IApiEndpoints).IsAssignableFrom(t)))
        {
            ((IApiEndpoints)Activator.CreateInstance(type)!).Map(api);
        }

        // Unknown API paths answer as the API does, not with an HTML page.
        api.MapFallback(() => new Problem(ProblemCodes.NotFound, Text.Get("No such API endpoint.")).ToResult());
        app.MapHealthChecks("/healthz").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();
    }
}
