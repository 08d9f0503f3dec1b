namespace Fulfilment.Web.Api;

/// <summary>
/// OpenAPI metadata an endpoint declares about itself, beyond what ASP.NET Core infers: the problem codes it can answer,
/// the <c>Idempotency-Key</c> header it honours, an answer with fields added to a documented type. The operation
/// transformer (<see cref="OpenApi.ApiOperationTransformer"/>) turns this metadata into the description; it adds the
/// problems every endpoint shares (401/403 from its authorization, 400/413/415 for a body, 400 for a query value that
/// must parse, 404 for a path that names a resource) by itself.
/// </summary>
public static class ApiDocs
{
    /// <summary>The endpoint can answer <paramref name="statusCode"/> with these problem <paramref name="codes"/>.</summary>
    public static RouteHandlerBuilder ProducesProblemCodes(this RouteHandlerBuilder builder, int statusCode, params string[] codes) =>
        builder.WithMetadata(new ProblemResponseMetadata(statusCode, codes.Length > 0 ? codes : [ApiProblems.CodeFor(statusCode)]));

    /// <summary>The endpoint can answer 409 with these problem <paramref name="codes"/>.</summary>
    public static RouteHandlerBuilder ProducesConflict(this RouteHandlerBuilder builder, params string[] codes) =>
        builder.ProducesProblemCodes(StatusCodes.Status409Conflict, codes);

    /// <summary>
    /// The endpoint honours an <c>Idempotency-Key</c> header (see <see cref="HttpContextExtensions.IdempotencyHeader"/>):
    /// a malformed key is 400 and the same key with another body is 422 <c>idempotency_key_reused</c>.
    /// </summary>
    public static RouteHandlerBuilder AcceptsIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new IdempotencyKeyMetadata())
            .ProducesProblemCodes(StatusCodes.Status400BadRequest, ProblemCodes.ValidationFailed)
            .ProducesProblemCodes(StatusCodes.Status422UnprocessableEntity, ProblemCodes.IdempotencyKeyReused);

    /// <summary>
    /// The answer is a <typeparamref name="TBase"/> with the fields of <typeparamref name="TFields"/> alongside its own,
    /// described as the schema <paramref name="schemaName"/> (one model for client generators).
    /// </summary>
    public static RouteHandlerBuilder ProducesExtended<TBase, TFields>(this RouteHandlerBuilder builder, string schemaName, string description, int statusCode = StatusCodes.Status200OK)
        where TBase : notnull =>
        builder.Produces<TBase>(statusCode).WithMetadata(new ExtendedResponseMetadata(statusCode, typeof(TFields), schemaName, description));

    /// <summary>The query parameter <paramref name="parameter"/> takes only <paramref name="values"/> (the closed set <paramref name="schemaName"/>).</summary>
    public static RouteHandlerBuilder AcceptsQueryValues(this RouteHandlerBuilder builder, string parameter, string schemaName, IReadOnlyList<string> values, string? defaultValue = null) =>
        builder.WithMetadata(new QueryValuesMetadata(parameter, schemaName, values, defaultValue));

    /// <summary>The query parameter <paramref name="parameter"/> takes a name of <typeparamref name="TEnum"/>.</summary>
    public static RouteHandlerBuilder AcceptsQueryValues<TEnum>(this RouteHandlerBuilder builder, string parameter)
        where TEnum : struct, Enum =>
        builder.AcceptsQueryValues(parameter, typeof(TEnum).Name, Enum.GetNames<TEnum>());
}

/// <summary>A problem response an endpoint documents: its status and the <c>code</c> values it can carry.</summary>
public sealed record ProblemResponseMetadata(int StatusCode, IReadOnlyList<string> Codes);

/// <summary>Marks an endpoint that reads the <c>Idempotency-Key</c> header.</summary>
public sealed record IdempotencyKeyMetadata;

/// <summary>The <paramref name="StatusCode"/> answer carries the fields of <paramref name="Fields"/> besides its documented type's.</summary>
public sealed record ExtendedResponseMetadata(int StatusCode, Type Fields, string SchemaName, string Description);

/// <summary>A query parameter that takes only these values.</summary>
public sealed record QueryValuesMetadata(string Parameter, string SchemaName, IReadOnlyList<string> Values, string? Default);
