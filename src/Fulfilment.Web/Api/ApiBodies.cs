using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace Fulfilment.Web.Api;

/// <summary>
/// A request to an endpoint that reads a JSON body, sent with no body at all or with the JSON <c>null</c>, is read as
/// the empty object <c>{}</c>: the request's validator then names every required field (<c>400 validation_failed</c>,
/// e.g. <c>reason</c> or <c>email</c> and <c>password</c>) exactly as for <c>{}</c>, instead of a framework message.
/// A body of another content type is left alone: routing answers it <c>415 unsupported_media_type</c>.
/// </summary>
internal static class ApiBodies
{
    // Longest body worth looking at for a bare "null" (with blanks around it).
    private const int SmallBody = 64;

    public static void UseEmptyBodiesAsEmptyObjects(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (ReadsJsonBody(context) && await IsEmptyOrNullAsync(context.Request))
        {
            var request = context.Request;
            request.Body = new MemoryStream("{}"u8.ToArray(), writable: false);
            request.ContentLength = 2;
            request.ContentType = "application/json";
            context.Features.Set<IHttpRequestBodyDetectionFeature>(new HasBody());
        }

        await next();
    });

    private static bool ReadsJsonBody(HttpContext context) =>
        context.GetEndpoint()?.Metadata.GetMetadata<IAcceptsMetadata>() is { ContentTypes.Count: > 0 } accepts
        && accepts.ContentTypes.Any(t => t.Contains("json", StringComparison.OrdinalIgnoreCase))
        && (context.Request.ContentType is null || context.Request.HasJsonContentType());

    private static async Task<bool> IsEmptyOrNullAsync(HttpRequest request)
    {
        var canHaveBody = request.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody ?? true;
        if (!canHaveBody || request.ContentLength == 0)
        {
            return true;
        }

        if (request.ContentLength is not (> 0 and <= SmallBody))
        {
            return false;
        }

        // A small body is read once and kept, so the endpoint reads the same bytes.
        request.EnableBuffering();
        var buffer = new byte[SmallBody + 1];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = await request.Body.ReadAsync(buffer.AsMemory(length), request.HttpContext.RequestAborted)) > 0)
        {
            length += read;
        }

        request.Body.Position = 0;
        var text = Encoding.UTF8.GetString(buffer, 0, length).Trim();
        return text.Length == 0 || text == "null";
    }

    private sealed class HasBody : IHttpRequestBodyDetectionFeature
    {
        public bool CanHaveBody => true;
    }
}
