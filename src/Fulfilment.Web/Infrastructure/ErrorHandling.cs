using Microsoft.AspNetCore.Diagnostics;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// What a client sees when something goes wrong. API: problem details with a stable code, and a body or parameter that
/// cannot be read names the field it could not read (never a 500). Pages: the friendly error page, which says which
/// field could not be read (<see cref="PageInput"/>).
/// </summary>
internal static partial class ErrorHandling
{
    public static void UseFulfilmentErrorHandling(this WebApplication app)
    {
        app.UseWhen(IsApi, api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandler = HandleApiExceptionAsync,
                StatusCodeSelector = StatusFor,

                // A request the framework could not read is the client's mistake: HandleApiExceptionAsync logs it as a
                // warning, the middleware must not log it as an unhandled error.
                SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
            });
            api.UseStatusCodePages(context => WriteProblemAsync(context.HttpContext, StatusProblem(context.HttpContext)));
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Error",
                StatusCodeSelector = StatusFor,
                SuppressDiagnosticsCallback = context => context.Exception is BadHttpRequestException,
            });
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
            pages.UsePageInputCheck();
        });
    }

    private static int StatusFor(Exception exception) =>
        exception is BadHttpRequestException bad ? bad.StatusCode
        : IsDatabaseUnavailable(exception) ? StatusCodes.Status503ServiceUnavailable
        : StatusCodes.Status500InternalServerError;

    /// <summary>Seconds a client should wait before retrying after <see cref="ProblemCodes.Unavailable"/>.</summary>
    private const int RetryAfterSeconds = 1;

    /// <summary>
    /// The database was out of reach (restarting, failing over, refusing connections) and the execution strategy's own
    /// retries ran out, or the failure came outside a retried block: a 503 the client can retry, not a 500. A write that
    /// failed this way was rolled back, or committed if the failure came after COMMIT reached the server; a retry with
    /// the same Idempotency-Key gets the stored answer in that case.
    /// </summary>
    internal static bool IsDatabaseUnavailable(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Npgsql.PostgresException pg:
                    return pg.IsTransient || pg.SqlState.StartsWith("08", StringComparison.Ordinal) || pg.SqlState is "57P01" or "57P02" or "57P03";
                case Npgsql.NpgsqlException npgsql when npgsql.IsTransient:
                    return true;
                case Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException:
                    return true;
            }
        }

        return false;
    }

    private static async Task HandleApiExceptionAsync(HttpContext context)
    {
        var feature = context.Features.Get<IExceptionHandlerFeature>();
        var exception = feature?.Error;
        var details = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                FieldProblem(FieldOf(json), json is UnreadableValueException unreadable ? unreadable.Reason : Unreadable()),
            BadHttpRequestException bad when MissingBody().IsMatch(bad.Message) =>
                FieldProblem("body", Text.Get("Send the request body as a JSON object.")),
            BadHttpRequestException bad when NotProvided().Match(bad.Message) is { Success: true } missing =>
                FieldProblem(missing.Groups["name"].Value, Text.Get("Required.")),
            BadHttpRequestException bad when BindFailure().Match(bad.Message) is { Success: true } failed =>
                FieldProblem(failed.Groups["name"].Value, ApiInput.Expected(ApiInput.ParameterType(feature?.Endpoint, failed.Groups["name"].Value))),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = ApiProblems.TitleFor(bad.StatusCode), Detail = DetailFor(bad.StatusCode), Type = $"https://httpstatuses.io/{bad.StatusCode}" },
            _ when IsDatabaseUnavailable(exception) => ApiProblems.ToDetails(new Problem(
                ProblemCodes.Unavailable, Text.Format("The service is briefly unavailable: try again in {0} second.", RetryAfterSeconds))),
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error", Detail = "Something went wrong on our side. It has been logged." },
        };
        if (details.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (exception is BadHttpRequestException request)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Fulfilment.Web.Api")
                .LogWarning("{Method} {Path} could not be read ({StatusCode}): {Reason}", context.Request.Method, context.Request.Path, request.StatusCode, request.InnerException?.Message ?? request.Message);
        }

        context.Response.StatusCode = details.Status ?? 500;
        await WriteProblemAsync(context, details);
    }

    private static ProblemDetails FieldProblem(string field, string message) => ApiProblems.ToDetails(Problem.Field(field, message));

    private static string Unreadable() => Text.Get("This value could not be read: check its type and format.");

    /// <summary>A bare status code (no endpoint, the wrong method or content type…) as problem details that say why.</summary>
    private static ProblemDetails StatusProblem(HttpContext context)
    {
        var status = context.Response.StatusCode;
        return new ProblemDetails { Status = status, Title = ApiProblems.TitleFor(status), Detail = DetailFor(status, context), Type = $"https://httpstatuses.io/{status}" };
    }

    private static string? DetailFor(int status, HttpContext? context = null) => status switch
    {
        StatusCodes.Status400BadRequest => Text.Get("The request could not be read."),
        StatusCodes.Status404NotFound when context?.GetEndpoint() is null => Text.Get("No such API endpoint."),
        StatusCodes.Status405MethodNotAllowed when context is not null =>
            Text.Format("This endpoint does not answer {0}. It answers: {1}.", context.Request.Method, context.Response.Headers.Allow.ToString()),
        StatusCodes.Status413PayloadTooLarge => Text.Get("The request is too large."),
        StatusCodes.Status415UnsupportedMediaType => Text.Get("Send the request body as JSON, with the header Content-Type: application/json."),
        _ => null,
    };

    private static async Task WriteProblemAsync(HttpContext context, ProblemDetails details)
    {
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>"$.parcel.weightGrams" → "parcel.weightGrams"; "$.lines[0].quantity" → "lines[0].quantity".</summary>
    private static string FieldOf(JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    // ASP.NET Core's wording for a route/query value that does not parse: Failed to bind parameter "int page" from "abc".
    [GeneratedRegex("^Failed to bind parameter \"[^\"]* (?<name>[A-Za-z0-9_]+)\"")]
    private static partial Regex BindFailure();

    // …for a body that is missing (when the request could not be read as the empty object, see ApiBodies).
    [GeneratedRegex("^(Implicit body inferred for parameter|Required parameter \"[^\"]*\" was not provided from body)")]
    private static partial Regex MissingBody();

    // …for a required query, route or header value that is absent: Required parameter "string code" was not provided from query string.
    [GeneratedRegex("^Required parameter \"[^\"]* (?<name>[A-Za-z0-9_]+)\" was not provided")]
    private static partial Regex NotProvided();
}
