namespace Fulfilment.Web.Api;

/// <summary>Turns a <see cref="Problem"/> into RFC 9457 problem details with the contract's status and stable <c>code</c>.</summary>
public static class ApiProblems
{
    public static int StatusFor(string code) => code switch
    {
        ProblemCodes.ValidationFailed => StatusCodes.Status400BadRequest,
        ProblemCodes.NotFound => StatusCodes.Status404NotFound,
        ProblemCodes.IdempotencyKeyReused => StatusCodes.Status422UnprocessableEntity,
        ProblemCodes.Unauthorized => StatusCodes.Status401Unauthorized,
        ProblemCodes.Forbidden => StatusCodes.Status403Forbidden,
        ProblemCodes.LockedOut => StatusCodes.Status401Unauthorized,
        ProblemCodes.MethodNotAllowed => StatusCodes.Status405MethodNotAllowed,
        ProblemCodes.PayloadTooLarge => StatusCodes.Status413PayloadTooLarge,
        ProblemCodes.UnsupportedMediaType => StatusCodes.Status415UnsupportedMediaType,
        ProblemCodes.RateLimited => StatusCodes.Status429TooManyRequests,
        ProblemCodes.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status409Conflict,
    };

    public static IResult ToResult(this Problem problem) => Results.Problem(ToDetails(problem));

    public static ProblemDetails ToDetails(Problem problem)
    {
        var status = StatusFor(problem.Code);
        var details = new ProblemDetails
        {
            Status = status,
            Title = TitleFor(status),
            Detail = problem.Message,
            Type = $"https://httpstatuses.io/{status}",
        };
        details.Extensions["code"] = problem.Code;
        if (problem.Errors is { Count: > 0 } errors)
        {
            details.Extensions["errors"] = errors.ToDictionary(e => JsonPath(e.Key), e => e.Value);
        }

        foreach (var (key, value) in problem.Extensions ?? new Dictionary<string, object?>())
        {
            details.Extensions[key] = value;
        }

        return details;
    }

    /// <summary>A default problem code for a bare status code (401 from the auth handler, 404 for no route…).</summary>
    public static string CodeFor(int status) => status switch
    {
        StatusCodes.Status400BadRequest => ProblemCodes.ValidationFailed,
        StatusCodes.Status401Unauthorized => ProblemCodes.Unauthorized,
        StatusCodes.Status403Forbidden => ProblemCodes.Forbidden,
        StatusCodes.Status404NotFound => ProblemCodes.NotFound,
        StatusCodes.Status405MethodNotAllowed => ProblemCodes.MethodNotAllowed,
        StatusCodes.Status413PayloadTooLarge => ProblemCodes.PayloadTooLarge,
        StatusCodes.Status415UnsupportedMediaType => ProblemCodes.UnsupportedMediaType,
        StatusCodes.Status429TooManyRequests => ProblemCodes.RateLimited,
        _ => "error",
    };

    public static string TitleFor(int status) => status switch
    {
        400 => "Some fields need attention",
        401 => "Sign in required",
        403 => "Not allowed",
        404 => "Not found",
        405 => "Method not allowed",
        413 => "Request too large",
        415 => "Unsupported media type",
        409 => "Conflict",
        422 => "Unprocessable request",
        423 => "Locked",
        429 => "Too many requests",
        503 => "Service unavailable",
        _ => "Error",
    };

    /// <summary>
    /// "Parcel.WeightGrams" (as validators name it) → "parcel.weightGrams" (as the JSON body names it). A name that is
    /// not a member name, such as the header "Idempotency-Key", stays as it is.
    /// </summary>
    public static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment => IsMemberName(segment) ? JsonNamingPolicy.CamelCase.ConvertName(segment) : segment));

    private static bool IsMemberName(string segment) => segment.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '[' or ']');
}
