namespace Fulfilment.Web.Api.OpenApi;

/// <summary>The OpenAPI description served at <c>/openapi/v1.json</c> (Microsoft.AspNetCore.OpenApi with our transformers).</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddFulfilmentOpenApi(this IServiceCollection services) =>
        services.AddOpenApi("v1", options =>
        {
            options.AddSchemaTransformer<ApiSchemaTransformer>();
            options.AddOperationTransformer<ApiOperationTransformer>();
            options.AddDocumentTransformer<ApiDocumentTransformer>();
            options.AddDocumentTransformer<ApiContractTransformer>();
        });
}
