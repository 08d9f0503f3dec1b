namespace Fulfilment.Web.Api.OpenApi;

/// <summary>The OpenAPI description served at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi with our transformers).</summary>
internal static class OpenApiSetup
{
    /// <summary>Where people read the API reference: ReDoc rendering <c>/openapi/v1.json</c>, open to everyone.</summary>
    public const string ReferencePath = "api-reference";

    /// <summary>Serves the human-readable reference (ReDoc's page and script come from its package, not a CDN).</summary>
    public static IApplicationBuilder UseApiReference(this IApplicationBuilder app) =>
        app.UseReDoc(options =>
        {
            options.RoutePrefix = ReferencePath;
            options.SpecUrl = "/openapi/v1.json";
            options.DocumentTitle = "Fulfilment API reference";
        });

    public static IServiceCollection AddFulfilmentOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddSchemaTransformer<ApiSchemaTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddDocumentTransformer<ApiContractTransformer>();
        });
}
