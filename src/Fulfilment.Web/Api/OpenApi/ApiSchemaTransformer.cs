using Microsoft.AspNetCore.Authentication.BearerToken;

namespace Fulfilment.Web.Api.OpenApi;

/// <summary>
/// Makes the schemas say what the API writes, so client generators pick the right types:
/// <list type="bullet">
/// <item>integers are JSON numbers (the web JSON defaults also <i>read</i> numbers from strings, which made every
/// integer <c>integer | string</c> with a pattern);</item>
/// <item>every decimal is money: a JSON number with two decimals (<see cref="Common.MoneyJsonConverter"/>), which the
/// generator could not see through the converter and left without a type;</item>
/// <item>enums are strings, by name (<see cref="Common.EnumNameConverter"/>).</item>
/// </list>
/// </summary>
internal sealed class ApiSchemaTransformer : IOpenApiSchemaTransformer
{
    private const string TokenTypeProperty = "tokenType";

    /// <summary>The metadata key under which a schema keeps the CLR type it describes (read by <see cref="ApiContractTransformer"/>).</summary>
    public const string ClrTypeKey = "fulfilment:clr-type";

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (context.JsonTypeInfo.Kind == System.Text.Json.Serialization.Metadata.JsonTypeInfoKind.Object)
        {
            schema.Metadata ??= new Dictionary<string, object>();
            schema.Metadata[ClrTypeKey] = type;
        }

        if (type == typeof(decimal))
        {
            schema.Type = Nullable.GetUnderlyingType(declared) is null ? JsonSchemaType.Number : JsonSchemaType.Number | JsonSchemaType.Null;
            schema.Format = "decimal";
            schema.Pattern = null;
        }
        else if (schema.Type is { } jsonType
                 && (jsonType & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0
                 && (jsonType & JsonSchemaType.String) != 0)
        {
            schema.Type = jsonType & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
        else if (type.IsEnum)
        {
            // Read and written by name only (EnumNameConverter), which the generator cannot see through. The enum's own
            // schema is a plain string: a nullable use says so where it refers to it (oneOf null or the enum).
            schema.Type = JsonSchemaType.String;
            schema.Enum = [.. Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(name))];
        }
        else if (type == typeof(AccessTokenResponse) && schema.Properties is { } properties)
        {
            // A computed property the generator sees as optional and nullable; the token type is always "Bearer".
            properties[TokenTypeProperty] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create("Bearer")] };
            schema.Required ??= new HashSet<string>();
            schema.Required.Add(TokenTypeProperty);
        }

        return Task.CompletedTask;
    }
}
