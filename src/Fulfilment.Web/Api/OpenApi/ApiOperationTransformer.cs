using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.WebUtilities;

namespace Fulfilment.Web.Api.OpenApi;

/// <summary>
/// Per operation: the bearer requirement (with the role) unless it is anonymous; the problem responses it can answer,
/// each with the <c>ProblemDetails</c> schema, its codes and an example per code; the <c>Idempotency-Key</c> header;
/// <c>Location</c> on 201; the paging parameters; answers extended with extra fields.
/// </summary>
/// <remarks>
/// Problems every endpoint shares are inferred from what ASP.NET Core knows about it: 401 when it needs a token, 403
/// when it needs a role, 400/413/415 when it reads a body, 400 when a query value must parse (numbers, enums, booleans),
/// 404 when its path names a resource (route constraints send a malformed id to the API's 404 fallback too). What only
/// the endpoint knows it declares with <see cref="ApiDocs"/> (<see cref="ProblemResponseMetadata"/>).
/// </remarks>
internal sealed class ApiOperationTransformer : IOpenApiOperationTransformer
{
    public const string ProblemSchemaId = "ProblemDetails";
    public const string IdempotencyKeyParameterId = "IdempotencyKey";
    public const string RolesExtension = "x-roles";
    private const string ProblemContentType = "application/problem+json";

    private static readonly Dictionary<string, string> RoleOfPolicy = new(StringComparer.Ordinal)
    {
        [Policies.ApiSeller] = "Seller",
        [Policies.ApiWarehouseStaff] = "WarehouseStaff",
        [Policies.ApiAdmin] = "Admin",
    };

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var document = context.Document ?? throw new InvalidOperationException("The operation belongs to no document.");
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var problems = new SortedDictionary<int, List<string>>();
        void Add(int status, string code)
        {
            if (!problems.TryGetValue(status, out var codes))
            {
                problems[status] = codes = [];
            }

            if (!codes.Contains(code))
            {
                codes.Add(code);
            }
        }

        if (!metadata.OfType<IAllowAnonymous>().Any() && metadata.OfType<IAuthorizeData>().Any())
        {
            var roles = metadata.OfType<IAuthorizeData>()
                .Select(a => a.Policy is { } policy && RoleOfPolicy.TryGetValue(policy, out var role) ? role : null)
                .OfType<string>()
                .Distinct()
                .ToList();
            ApiDocumentTransformer.AddBearerScheme(document);

            // Scopes are for OAuth; a bearer requirement lists none. The role goes in the description and x-roles.
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiDocumentTransformer.BearerSchemeId, document)] = [] }];
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions[RolesExtension] = new JsonNodeExtension(new JsonArray([.. roles.Select(r => (JsonNode)JsonValue.Create(r))]));
            Add(StatusCodes.Status401Unauthorized, ProblemCodes.Unauthorized);
            if (roles.Count > 0)
            {
                Add(StatusCodes.Status403Forbidden, ProblemCodes.Forbidden);
                operation.Description = Join(operation.Description, $"Role: {string.Join(" or ", roles)}.");
            }
        }

        // Every /api route is rate limited (per token, or per client address without one).
        Add(StatusCodes.Status429TooManyRequests, ProblemCodes.RateLimited);

        if (operation.RequestBody is not null)
        {
            Add(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed);
            Add(StatusCodes.Status413PayloadTooLarge, ProblemCatalog.PayloadTooLarge);
            Add(StatusCodes.Status415UnsupportedMediaType, ProblemCatalog.UnsupportedMediaType);
        }

        foreach (var parameter in description.ParameterDescriptions)
        {
            if (parameter.Source == BindingSource.Path)
            {
                Add(StatusCodes.Status404NotFound, ProblemCodes.NotFound);
            }
            else if (parameter.Source == BindingSource.Query && (Nullable.GetUnderlyingType(parameter.Type) ?? parameter.Type) != typeof(string))
            {
                Add(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed);
            }
        }

        foreach (var declared in metadata.OfType<ProblemResponseMetadata>())
        {
            foreach (var code in declared.Codes)
            {
                Add(declared.StatusCode, code);
            }
        }

        if (metadata.OfType<IdempotencyKeyMetadata>().Any())
        {
            operation.Parameters ??= [];
            document.Components ??= new OpenApiComponents();
            document.Components.Parameters ??= new Dictionary<string, IOpenApiParameter>();
            document.Components.Parameters.TryAdd(IdempotencyKeyParameterId, new OpenApiParameter
            {
                Name = HttpContextExtensions.IdempotencyHeader,
                In = ParameterLocation.Header,
                Required = false,
                Description =
                    "Makes a retry safe: a repeat with the same key and body answers the first response and charges or creates " +
                    "nothing again, also when both arrive at once; the same key with another body is 422 idempotency_key_reused. " +
                    "Use a new random value (a UUID) per intended operation.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MinLength = 1, MaxLength = IdempotencyKey.MaxLength, Pattern = "^[\\x21-\\x7E]+$" },
                Example = JsonValue.Create("5f0c6f5e-3a0e-4c5b-9d3c-2f1e0b7a9c41"),
            });
            operation.Parameters.Add(new OpenApiParameterReference(IdempotencyKeyParameterId, document));
        }

        DescribePaging(operation);
        DescribeParameters(operation, document, metadata);
        operation.Responses ??= [];
        await ExtendResponses(operation, context, metadata, cancellationToken);
        DescribeCreated(operation);
        DescribeFiles(operation);

        var problemSchema = await ProblemSchema(context, document, cancellationToken);
        foreach (var (status, codes) in problems)
        {
            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = ProblemResponse(status, codes, problemSchema);
        }

        // Any other answer (429 rate_limited, 500 error, a status added later) is still problem details with a code.
        operation.Responses["default"] = DefaultResponse(problemSchema);

        SortResponses(operation.Responses);
    }

    private static async Task<IOpenApiSchema> ProblemSchema(OpenApiOperationTransformerContext context, OpenApiDocument document, CancellationToken ct)
    {
        if (document.Components?.Schemas?.ContainsKey(ProblemSchemaId) != true)
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(ApiProblemDetails), null, ct);
            schema.AdditionalPropertiesAllowed = true;
            document.AddComponent<IOpenApiSchema>(ProblemSchemaId, schema);
        }

        return new OpenApiSchemaReference(ProblemSchemaId, document);
    }

    private static OpenApiResponse ProblemResponse(int status, List<string> codes, IOpenApiSchema schema)
    {
        var kinds = codes.Select(code => ProblemCatalog.For(code, status)).ToList();
        var text = new StringBuilder(ReasonPhrases.GetReasonPhrase(status)).Append(". `code`:");
        foreach (var kind in kinds)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n- `{kind.Code}`: {kind.Meaning}");
        }

        return new OpenApiResponse
        {
            Description = text.ToString(),
            Headers = status != StatusCodes.Status429TooManyRequests ? null : new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader
                {
                    Description = "Seconds to wait before trying again.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Minimum = "1" },
                },
            },
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemContentType] = new OpenApiMediaType
                {
                    Schema = schema,
                    Examples = kinds.ToDictionary(k => k.Code, k => (IOpenApiExample)new OpenApiExample { Summary = k.Code, Value = Example(k) }),
                },
            },
        };
    }

    private static OpenApiResponse DefaultResponse(IOpenApiSchema schema)
    {
        var unexpected = ProblemCatalog.For(ProblemCatalog.Unexpected, StatusCodes.Status500InternalServerError);
        return new OpenApiResponse
        {
            Description = "Any other problem, for example 429 (`rate_limited`, with `Retry-After`) or 500 (`error`): problem details with a `code`.",
            Content = new Dictionary<string, OpenApiMediaType>
            {
                [ProblemContentType] = new OpenApiMediaType
                {
                    Schema = schema,
                    Examples = new Dictionary<string, IOpenApiExample> { [unexpected.Code] = new OpenApiExample { Summary = unexpected.Code, Value = Example(unexpected) } },
                },
            },
        };
    }

    /// <summary>Every parameter described; closed query values as enums (<see cref="QueryValuesMetadata"/>).</summary>
    private static void DescribeParameters(OpenApiOperation operation, OpenApiDocument document, IList<object> metadata)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>())
        {
            parameter.Description = ApiGlossary.DescribeParameter(parameter.Name ?? "", parameter.Description);
            if (parameter.Schema is OpenApiSchema { Type: { } type } typed && (type & JsonSchemaType.String) == 0)
            {
                typed.Pattern = null; // a route constraint's pattern on a number says nothing a client can use
            }

            if (metadata.OfType<QueryValuesMetadata>().FirstOrDefault(q => q.Parameter == parameter.Name) is { } closed)
            {
                var reference = ApiContractTransformer.ClosedSet(document, closed.SchemaName, closed.Values, nullable: false);
                parameter.Schema = closed.Default is null
                    ? reference
                    : new OpenApiSchema { AllOf = [reference], Default = JsonValue.Create(closed.Default) };
            }
        }
    }

    private static JsonObject Example(ProblemKind kind)
    {
        var example = new JsonObject
        {
            ["type"] = $"https://httpstatuses.io/{kind.Status}",
            ["title"] = ApiProblems.TitleFor(kind.Status),
            ["status"] = kind.Status,
        };
        if (kind.ExampleDetail is { } detail)
        {
            example["detail"] = detail;
        }

        example["code"] = kind.Code;
        if (kind.Code == ProblemCodes.ValidationFailed)
        {
            example["errors"] = new JsonObject { ["parcel.weightGrams"] = new JsonArray("Over the weight limit of 2,000 g.") };
        }
        else if (kind.Code is ProblemCodes.InsufficientBalance or ProblemCodes.DeductionDeclined)
        {
            example["missingAmount"] = 21.35m;
            example["balance"] = 3.25m;
            example["currency"] = Money.DefaultCurrency;
        }
        else if (kind.Code == ProblemCodes.NotHandedOver)
        {
            example["waybillNumbers"] = new JsonArray("LP000000017CN");
        }
        else if (kind.Code == ProblemCodes.ChannelMismatchUnconfirmed)
        {
            example["buyerChannelCode"] = "CAINIAO_STANDARD";
            example["channelCode"] = "CAINIAO_ECONOMY";
        }
        else if (kind.Code == ProblemCodes.ChannelIneligible)
        {
            example["reason"] = "Does not accept this goods type.";
            example["channelCode"] = "CAINIAO_ECONOMY";
        }

        example["traceId"] = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        return example;
    }

    /// <summary>The 201 answers say where the created resource is.</summary>
    private static void DescribeCreated(OpenApiOperation operation)
    {
        if (operation.Responses!.TryGetValue("201", out var created) && created is OpenApiResponse response)
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers["Location"] = new OpenApiHeader
            {
                Description = "Where the created resource (or, for a top-up, the account) can be read.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "uri-reference" },
            };
        }
    }

    /// <summary>A file answer is binary (a PDF label) or text (a ZPL label), not a JSON schema.</summary>
    private static void DescribeFiles(OpenApiOperation operation)
    {
        foreach (var (status, response) in operation.Responses!.Where(r => r.Key.StartsWith('2')))
        {
            foreach (var (contentType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (contentType.StartsWith("text/", StringComparison.Ordinal))
                {
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "A ZPL II label (format=zpl only)." };
                    response.Description = "The label file: application/pdf with format=pdf (the default), ZPL II as text/plain with format=zpl.";
                }
                else if (!contentType.Contains("json", StringComparison.Ordinal))
                {
                    media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", ContentMediaType = contentType };
                    if (response.Description is null or "OK")
                    {
                        response.Description = $"The file, as {contentType}.";
                    }
                }
            }
        }
    }

    /// <summary>A label's <c>format</c> query parameter is the closed set <c>pdf | zpl</c>.</summary>
    private static void DescribePaging(OpenApiOperation operation)
    {
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            var (text, value) = parameter.Name switch
            {
                "page" => ($"The page to answer, 1 to {PageRequest.MaxPage}.", 1),
                "pageSize" => ($"Items per page, 1 to {PageRequest.MaxSize}.", PageRequest.DefaultSize),
                _ => (null, 0),
            };
            var maximum = parameter.Name == "page" ? PageRequest.MaxPage : PageRequest.MaxSize;
            if (text is not null)
            {
                parameter.Description = text;
                if (parameter.Schema is OpenApiSchema schema)
                {
                    schema.Default = JsonValue.Create(value);
                    schema.Minimum = "1";
                    schema.Maximum = maximum.ToString(CultureInfo.InvariantCulture);
                }
            }
        }
    }

    /// <summary>Answers with fields beside their documented type's become <c>allOf</c> the type and the fields.</summary>
    private static async Task ExtendResponses(OpenApiOperation operation, OpenApiOperationTransformerContext context, IList<object> metadata, CancellationToken ct)
    {
        foreach (var extended in metadata.OfType<ExtendedResponseMetadata>())
        {
            if (operation.Responses!.TryGetValue(extended.StatusCode.ToString(CultureInfo.InvariantCulture), out var response)
                && response.Content?.TryGetValue("application/json", out var media) == true
                && media.Schema is { } documented)
            {
                var document = context.Document!;
                if (document.Components?.Schemas?.ContainsKey(extended.SchemaName) != true)
                {
                    var fields = await context.GetOrCreateSchemaAsync(extended.Fields, null, ct);
                    document.AddComponent<IOpenApiSchema>(extended.SchemaName, new OpenApiSchema
                    {
                        AllOf = [documented, fields],
                        Description = extended.Description,
                    });
                }

                media.Schema = new OpenApiSchemaReference(extended.SchemaName, document);
            }
        }
    }

    private static void SortResponses(OpenApiResponses responses)
    {
        var sorted = responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
        responses.Clear();
        foreach (var (key, value) in sorted)
        {
            responses[key] = value;
        }
    }

    private static string Join(string? first, string second) =>
        string.IsNullOrWhiteSpace(first) ? second : $"{first}\n\n{second}";
}
