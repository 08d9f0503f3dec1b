using Microsoft.Net.Http.Headers;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// A label file as a page's answer, written while it is rendered (a 500-label batch starts arriving before its last
/// page is compressed): shown in the browser (<c>inline</c>, a single PDF) or downloaded under its file name.
/// </summary>
public sealed class LabelFileResult(LabelFile file, bool inline) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = file.ContentType;
        response.Headers[HeaderNames.ContentDisposition] =
            new ContentDispositionHeaderValue(inline ? "inline" : "attachment") { FileNameStar = file.FileName, FileName = file.FileName }.ToString();
        await file.WriteAsync(response.Body, context.HttpContext.RequestAborted);
    }
}
