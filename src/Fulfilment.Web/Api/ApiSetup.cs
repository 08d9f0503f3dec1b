using System.Text.Json.Nodes;
using Fulfilment.Common;
using Fulfilment.Data;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.OpenApi;

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
        services.AddOpenApi("v1", options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Fulfilment API";
            document.Info.Description =
                "Online shipping for marketplace sellers: freight account, orders, logistics orders, labels, notices; " +
                "warehouse pickup requests and inbound scans; admin configuration. Authenticate with POST /api/auth/login and send " +
                "`Authorization: Bearer <accessToken>`. Errors are RFC 9457 problem details with a stable `code`: a value that cannot " +
                "be read (a wrong type, an enum given by number instead of name, text holding NUL, page outside 1–100000, pageSize " +
                "outside 1–200) is 400 validation_failed with `errors` naming the field or query parameter; a missing or null JSON body " +
                "is read as {} (so the required fields are named); another method on a known path is 405 method_not_allowed with " +
                "Allow; a body that is not application/json is 415 unsupported_media_type. Money is a JSON number. " +
                "POSTs that charge money or create a logistics order honour an `Idempotency-Key` header.";
            return Task.CompletedTask;
        })
            .AddSchemaTransformer((schema, context, _) =>
            {
                // Enums are read and written by name (EnumNameConverter): describe them so.
                var type = context.JsonTypeInfo.Type;
                if ((Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } enumType)
                {
                    schema.Type = type == enumType ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
                    schema.Enum = [.. Enum.GetNames(enumType).Select(name => (JsonNode)JsonValue.Create(name))];
                }

                return Task.CompletedTask;
            }));
        services.AddHealthChecks().AddDbContextCheck<FulfilmentDbContext>("database");
        services.AddHostedService<Hosting.IdempotencyJanitor>();
        return services;
    }

    public static void MapFulfilmentApi(this WebApplication app)
    {
        // Every API route needs a bearer token unless it says otherwise (sign-in does); every one checks its input
        // the same way before its handler runs (ApiInput).
        var api = app.MapGroup("/api").RequireAuthorization(Security.Policies.ApiUser).CheckInput();
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
