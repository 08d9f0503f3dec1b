using System.Text.Json;
using System.Text.RegularExpressions;
using Fulfilment.Common;
using Fulfilment.Web.Api;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// What a client sees when something goes wrong. API: problem details with a stable code, and a body that cannot be
/// read names the field it could not read (never a 500). Pages: the friendly error page.
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
                StatusCodeSelector = exception => exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError,
            });
            api.UseStatusCodePages(context => WriteProblemAsync(
                context.HttpContext,
                new ProblemDetails { Status = context.HttpContext.Response.StatusCode, Title = ApiProblems.TitleFor(context.HttpContext.Response.StatusCode) }));
        });
        app.UseWhen(context => !IsApi(context), pages =>
        {
            pages.UseExceptionHandler("/Error");
            pages.UseStatusCodePagesWithReExecute("/Error", "?status={0}");
        });
    }

    private static async Task HandleApiExceptionAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var details = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                ApiProblems.ToDetails(Problem.Field(FieldOf(json), Text.Get("This value could not be read: check its type and format."))),
            BadHttpRequestException bad when ParameterOf(bad.Message) is { } parameter =>
                ApiProblems.ToDetails(Problem.Field(parameter, Text.Get("This value could not be read: check its type and format."))),
            BadHttpRequestException bad => new ProblemDetails { Status = bad.StatusCode, Title = ApiProblems.TitleFor(bad.StatusCode), Detail = bad.Message },
            _ => new ProblemDetails { Status = 500, Title = "Unexpected error", Detail = "Something went wrong on our side. It has been logged." },
        };
        context.Response.StatusCode = details.Status ?? 500;
        await WriteProblemAsync(context, details);
    }

    private static async Task WriteProblemAsync(HttpContext context, ProblemDetails details)
    {
        var writer = context.RequestServices.GetRequiredService<IProblemDetailsService>();
        await writer.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = details });
    }

    private static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>"$.parcel.weightGrams" → "parcel.weightGrams"; "$.lines[0].quantity" → "lines[0].quantity".</summary>
    private static string FieldOf(JsonException exception) =>
        exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";

    private static string? ParameterOf(string message) =>
        BindFailure().Match(message) is { Success: true } match ? match.Groups["name"].Value : null;

    // ASP.NET Core's wording for a route/query value that does not parse: Failed to bind parameter "int page" from "abc".
    [GeneratedRegex("parameter \"[^\" ]+ (?<name>[A-Za-z0-9_]+)\"")]
    private static partial Regex BindFailure();
}
