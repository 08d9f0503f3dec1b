using System.Net.Http.Headers;

namespace Fulfilment.Testing;

/// <summary>File uploads as a browser sends them: a multipart form with the page's antiforgery token.</summary>
public static class PageUploads
{
    /// <summary>
    /// Opens <paramref name="pageUrl"/>, finds the form whose action contains <paramref name="formAction"/> and posts
    /// <paramref name="file"/> as the field <paramref name="fieldName"/>, with the form's antiforgery token.
    /// </summary>
    public static async Task<HttpResponseMessage> UploadAsync(this PageSession session, string pageUrl, string formAction, string fieldName, string fileName, byte[] file)
    {
        var page = await session.GetAsync(pageUrl);
        var form = page.Document.Forms.FirstOrDefault(f => (f.GetAttribute("action") ?? "").Contains(formAction, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException($"No form for {formAction} on {pageUrl} ({page.Status}).");
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? page.Token;
        using var content = new MultipartFormDataContent();
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(part, fieldName, fileName);
        if (token is not null)
        {
            content.Add(new StringContent(token), "__RequestVerificationToken");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, form.GetAttribute("action")) { Content = content };
        return await session.Client.SendAsync(request);
    }

    /// <summary>
    /// Confirms an order import as the preview's Import button does: posts the preview's form back with the file it
    /// carries (<c>FileContent</c>, <c>FileName</c>) and its antiforgery token.
    /// </summary>
    public static Task<HttpResponseMessage> ConfirmImportAsync(this PageSession session, PageSession.Page preview)
    {
        var form = preview.Document.QuerySelector("[data-testid=import-form]")
            ?? throw new InvalidOperationException($"The import preview has no form to confirm ({preview.Status}).");
        return session.PostAsync(form.GetAttribute("action")!, new Dictionary<string, string>
        {
            ["FileContent"] = form.QuerySelector("input[name=FileContent]")!.GetAttribute("value")!,
            ["FileName"] = form.QuerySelector("input[name=FileName]")!.GetAttribute("value")!,
        }, form.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? preview.Token);
    }

    /// <summary>Reads an answer as the page a person would see.</summary>
    public static async Task<PageSession.Page> PageAsync(this HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return new PageSession.Page(response.StatusCode, response.Headers.Location?.ToString(), new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html), html);
    }
}
