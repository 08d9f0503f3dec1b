using Microsoft.AspNetCore.Diagnostics;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// Pages read query strings and form fields a person (or a script) can fill with anything. Text holding the NUL
/// character cannot be stored or searched for in PostgreSQL, so a page request carrying one anywhere is answered
/// <c>400</c> before any page runs: the error page names the field and nothing is changed. A form that cannot be read
/// at all (a broken upload) is a <c>400</c> too, not a 500. (A path holding <c>%00</c> never gets here: the server
/// refuses it with a 400 of its own.)
/// </summary>
internal static class PageInput
{
    /// <summary>Where the error page finds the name of the field that could not be read.</summary>
    public const string FieldItem = "Fulfilment.UnreadableField";

    public static void UsePageInputCheck(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        // The error page itself runs again on the same request: let it.
        if (context.Features.Get<IStatusCodeReExecuteFeature>() is not null || context.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            await next();
            return;
        }

        var field = context.Request.Query.FirstOrDefault(Unstorable).Key;
        if (field is null && context.Request.HasFormContentType)
        {
            var urlEncoded = context.Request.ContentType?.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) == true;
            if (urlEncoded)
            {
                context.Request.EnableBuffering();
            }

            try
            {
                var form = await context.Request.ReadFormAsync(context.RequestAborted);
                field = form.FirstOrDefault(Unstorable).Key;
            }
            catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or IOException)
            {
                // The form reader refuses %00 outright ("invalid characters"): find the field it was in to name it.
                field = urlEncoded && exception is InvalidDataException ? await FieldHoldingNulAsync(context.Request) : null;
                if (field is null)
                {
                    context.Response.StatusCode = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status400BadRequest;
                    return;
                }
            }
        }

        if (field is not null)
        {
            context.Items[FieldItem] = DisplayName(field);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await next();
    });

    private static async Task<string?> FieldHoldingNulAsync(HttpRequest request)
    {
        request.Body.Position = 0;
        using var reader = new StreamReader(request.Body, leaveOpen: true);
        var body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        foreach (var pair in body.Split('&'))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (!Validation.IsStorable(key) || !Validation.IsStorable(value))
            {
                return key;
            }
        }

        return null;
    }

    private static string Decode(string text)
    {
        try
        {
            return Uri.UnescapeDataString(text.Replace('+', ' '));
        }
        catch (UriFormatException)
        {
            return text;
        }
    }

    private static bool Unstorable(KeyValuePair<string, Microsoft.Extensions.Primitives.StringValues> entry) =>
        !Validation.IsStorable(entry.Key) || entry.Value.Any(v => !Validation.IsStorable(v));

    /// <summary>"Input.Recipient.Line1" → "Recipient.Line1": the field as the form names it, without the form's prefix.</summary>
    private static string DisplayName(string key)
    {
        var name = key.Replace('\0', '\u2400');
        return name.StartsWith("Input.", StringComparison.Ordinal) ? name["Input.".Length..] : name;
    }
}
