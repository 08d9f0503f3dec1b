using System.Text.Json.Serialization;
using Fulfilment.Timeline;

namespace Fulfilment.Web.Api.OpenApi;

/// <summary>
/// The last pass over the whole document, where every schema is final: request schemas get the limits of the validators
/// the server runs (<see cref="ValidationSchemas"/>) and lose computed members; closed sets become enums; every property
/// gets a description (<see cref="ApiGlossary"/> where the type says nothing); the problem <c>code</c> becomes an enum;
/// timeline data is typed; every request body and JSON success answer gets an example (<see cref="ApiExamples"/>).
/// Generic by design: what another endpoint or validator adds is described the same way.
/// </summary>
internal sealed class ApiContractTransformer : IOpenApiDocumentTransformer
{
    public const string TimelineDataSchemaId = "TimelineData";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        // Relative: a client calls the host it read the document from (no echo of the request's host).
        document.Servers = [new OpenApiServer { Url = "/", Description = "The host that serves this document." }];
        if (document.Info is { } info)
        {
            info.Contact = new OpenApiContact
            {
                Name = "Fulfilment integration support",
                Email = "api-support@fulfilment.example",
                Url = new Uri("https://fulfilment.example/support"),
            };
        }

        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        foreach (var (id, schema) in schemas.ToList())
        {
            if (schema is OpenApiSchema { Metadata: { } metadata } concrete && metadata.TryGetValue(ApiSchemaTransformer.ClrTypeKey, out var clr) && clr is Type type)
            {
                DescribeObject(document, id, concrete, type, context.ApplicationServices);
            }
        }

        DescribeProblemCodes(schemas);
        DescribeTimeline(document, schemas);
        ApiExamples.AddTo(document);
        return Task.CompletedTask;
    }

    private static void DescribeObject(OpenApiDocument document, string id, OpenApiSchema schema, Type type, IServiceProvider services)
    {
        if (schema.Properties is not { Count: > 0 } properties)
        {
            return;
        }

        var members = type.GetProperties(BindingFlags.Instance | BindingFlags.Public)
            .ToDictionary(p => JsonName(p), p => p, StringComparer.Ordinal);
        var validator = ValidationSchemas.ValidatorFor(services, type);
        var facts = validator is null ? [] : ValidationSchemas.Facts(validator);

        // What a client sends has no computed members (they are never read).
        if (validator is not null)
        {
            foreach (var (name, member) in members.Where(m => !m.Value.CanWrite || m.Value.SetMethod?.IsPublic != true))
            {
                properties.Remove(name);
            }
        }

        schema.Required ??= new HashSet<string>();
        foreach (var (name, property) in properties.ToList())
        {
            members.TryGetValue(name, out var member);
            var values = member?.GetCustomAttribute<SchemaValuesAttribute>();
            var memberFacts = member is null ? [] : facts.GetValueOrDefault(member.Name) ?? [];
            if (values is null && memberFacts.FirstOrDefault(f => f.Values is not null) is { } closed)
            {
                values = new SchemaValuesAttribute(closed.ValuesName ?? name, [.. closed.Values!]);
            }

            var current = property;
            if (values is not null)
            {
                current = ClosedSet(document, values.Name, values.Values, IsNullable(property));
            }

            var required = memberFacts.Any(f => f.Required);
            if (current is OpenApiSchema inline)
            {
                var target = inline.OneOf?.OfType<OpenApiSchema>().FirstOrDefault(s => s.Type != JsonSchemaType.Null) ?? inline;
                ValidationSchemas.Apply(target, memberFacts);
                if (target.Items is OpenApiSchema items && member is not null && facts.GetValueOrDefault(member.Name + "[]") is { } itemFacts)
                {
                    ValidationSchemas.Apply(items, itemFacts);
                }
            }

            var fallback = member is null || validator is null ? null : ValidationSchemas.DefaultOf(type, member);
            // A field left out keeps its default: required unless that default is a value the schema can state.
            if (required && (ValidationSchemas.Json(fallback) is null || member!.PropertyType.IsValueType && Nullable.GetUnderlyingType(member.PropertyType) is null))
            {
                schema.Required.Add(name);
                current = NotNull(current);
            }
            else if (fallback is not null && ValidationSchemas.Json(fallback) is { } json && current is OpenApiSchema withDefault && withDefault.Default is null)
            {
                withDefault.Default = json;
            }

            if (current is OpenApiSchema { Type: { } t } array && (t & JsonSchemaType.Array) != 0 && array.Items is null && member is not null)
            {
                array.Items = ItemsOf(document, member.PropertyType);
            }

            SetDescription(current, ApiGlossary.Describe(id, name, Description(current)));
            if (ApiGlossary.Deprecated.Contains($"{id}.{name}") && current is OpenApiSchema deprecated)
            {
                deprecated.Deprecated = true;
            }

            properties[name] = current;
        }

        if (schema.Required.Count == 0)
        {
            schema.Required = null;
        }
    }

    private static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    private static bool IsNullable(IOpenApiSchema schema) => schema switch
    {
        OpenApiSchema { Type: { } type } when (type & JsonSchemaType.Null) != 0 => true,
        OpenApiSchema { OneOf: { } oneOf } => oneOf.Any(s => s.Type == JsonSchemaType.Null),
        _ => false,
    };

    /// <summary>The schema without <c>null</c>: a required field is never null.</summary>
    private static IOpenApiSchema NotNull(IOpenApiSchema schema)
    {
        switch (schema)
        {
            case OpenApiSchema { OneOf: { Count: 2 } oneOf } wrapper when oneOf.Any(s => s.Type == JsonSchemaType.Null):
                var inner = oneOf.First(s => s.Type != JsonSchemaType.Null);
                if (inner is OpenApiSchemaReference reference)
                {
                    var copy = new OpenApiSchemaReference(reference.Reference.Id!, reference.Reference.HostDocument)
                    {
                        Description = wrapper.Description ?? reference.Description,
                    };
                    return copy;
                }

                return inner;
            case OpenApiSchema { Type: { } type } plain when (type & JsonSchemaType.Null) != 0:
                plain.Type = type & ~JsonSchemaType.Null;
                plain.Enum?.Remove(null!);
                return plain;
            default:
                return schema;
        }
    }

    /// <summary>A reference to the closed set <paramref name="name"/> (created once), nullable when the property is.</summary>
    public static IOpenApiSchema ClosedSet(OpenApiDocument document, string name, IReadOnlyList<string> values, bool nullable)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(name))
        {
            document.AddComponent<IOpenApiSchema>(name, new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Enum = [.. values.Select(v => (JsonNode)JsonValue.Create(v))],
                Description = ApiGlossary.DescribeSet(name, values),
            });
        }

        var reference = new OpenApiSchemaReference(name, document);
        return nullable ? new OpenApiSchema { OneOf = [new OpenApiSchema { Type = JsonSchemaType.Null }, reference] } : reference;
    }

    private static IOpenApiSchema? ItemsOf(OpenApiDocument document, Type collection)
    {
        var element = collection.IsArray ? collection.GetElementType()
            : collection.GetInterfaces().Append(collection)
                .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        return element switch
        {
            { IsEnum: true } e when document.Components?.Schemas?.ContainsKey(e.Name) == true => new OpenApiSchemaReference(e.Name, document),
            { IsEnum: true } e => ClosedSet(document, e.Name, Enum.GetNames(e), nullable: false),
            _ when element == typeof(string) => new OpenApiSchema { Type = JsonSchemaType.String },
            _ => null,
        };
    }

    private static string? Description(IOpenApiSchema schema) => schema switch
    {
        OpenApiSchemaReference reference => reference.Description,
        OpenApiSchema { Description: { Length: > 0 } text } => text,
        OpenApiSchema { OneOf: { } oneOf } => oneOf.Select(s => s.Description).FirstOrDefault(d => !string.IsNullOrEmpty(d)),
        _ => null,
    };

    private static void SetDescription(IOpenApiSchema schema, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return;
        }

        switch (schema)
        {
            case OpenApiSchemaReference reference:
                reference.Description = text;
                break;
            case OpenApiSchema concrete:
                concrete.Description = text;
                foreach (var branch in concrete.OneOf?.OfType<OpenApiSchemaReference>() ?? [])
                {
                    branch.Description = null;
                }

                break;
        }
    }

    /// <summary><c>code</c> is the closed set of every code the API answers.</summary>
    private static void DescribeProblemCodes(IDictionary<string, IOpenApiSchema> schemas)
    {
        if (schemas.TryGetValue(ApiOperationTransformer.ProblemSchemaId, out var problem) && problem is OpenApiSchema { Properties: { } properties }
            && properties.TryGetValue("code", out var code) && code is OpenApiSchema codeSchema)
        {
            codeSchema.Enum = [.. ProblemCatalog.AllCodes().Select(c => (JsonNode)JsonValue.Create(c))];
        }
    }

    /// <summary>Timeline <c>data</c>: the keys each kind carries, as one schema and per kind.</summary>
    private static void DescribeTimeline(OpenApiDocument document, IDictionary<string, IOpenApiSchema> schemas)
    {
        if (!schemas.TryGetValue("TimelineEntryView", out var entry) || entry is not OpenApiSchema { Properties: { } properties }
            || !properties.ContainsKey("data"))
        {
            return;
        }

        var data = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "The particulars of a timeline step, all as text; which keys appear depends on the entry's `kind` (see `x-keys-by-kind`, and `TimelineEventKind`).",
            Properties = new Dictionary<string, IOpenApiSchema>(),
            AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.String },
            Extensions = new Dictionary<string, IOpenApiExtension>
            {
                ["x-keys-by-kind"] = new JsonNodeExtension(new JsonObject(TimelineData.KeysOf.Select(k =>
                    KeyValuePair.Create(k.Key.ToString(), (JsonNode?)new JsonArray([.. k.Value.Select(v => (JsonNode)JsonValue.Create(v))]))))),
            },
        };
        foreach (var (key, meaning) in TimelineData.KeyMeanings)
        {
            var carriers = TimelineData.KeysOf.Where(k => k.Value.Contains(key)).Select(k => k.Key.ToString());
            data.Properties[key] = new OpenApiSchema { Type = JsonSchemaType.String, Description = $"{meaning} Carried by: {string.Join(", ", carriers)}." };
        }

        document.AddComponent<IOpenApiSchema>(TimelineDataSchemaId, data);
        properties["data"] = new OpenApiSchemaReference(TimelineDataSchemaId, document)
        {
            Description = "What this step is about; the keys depend on `kind`.",
        };

        if (schemas.TryGetValue(nameof(TimelineEventKind), out var kinds) && kinds is OpenApiSchema kindSchema)
        {
            var text = new StringBuilder("What happened. The `data` keys each kind carries:\n");
            foreach (var (kind, keys) in TimelineData.KeysOf)
            {
                text.Append($"- `{kind}`: {(keys.Count == 0 ? "none" : string.Join(", ", keys.Select(k => $"`{k}`")))}\n");
            }

            kindSchema.Description = text.ToString().TrimEnd();
        }
    }
}
