using System.Text.Json;
using Fulfilment.Common;
using Microsoft.AspNetCore.Mvc;

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
        StatusCodes.Status405MethodNotAllowed => "method_not_allowed",
        StatusCodes.Status413PayloadTooLarge => "payload_too_large",
        StatusCodes.Status415UnsupportedMediaType => "unsupported_media_type",
        _ => "error",
    };

    public static string TitleFor(int status) => status switch
    {
        400 => "Some fields need attention",
        401 => "Sign in required",
        403 => "Not allowed",
        404 => "Not found",
        409 => "Conflict",
        422 => "Unprocessable request",
        423 => "Locked",
        _ => "Error",
    };

    /// <summary>"Parcel.WeightGrams" (as validators name it) → "parcel.weightGrams" (as the JSON body names it).</summary>
    public static string JsonPath(string propertyPath) =>
        string.Join('.', propertyPath.Split('.').Select(segment => JsonNamingPolicy.CamelCase.ConvertName(segment)));
}
