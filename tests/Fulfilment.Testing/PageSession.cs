using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Fulfilment.DemoData;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Fulfilment.Testing;

/// <summary>
/// Drives the Razor pages as a browser would without JavaScript: keeps cookies, reads the antiforgery token from
/// the form it submits, and parses the HTML so tests can assert on what a person would see.
/// </summary>
public sealed class PageSession(HttpClient client, string culture = "en") : IDisposable
{
    private static readonly HtmlParser Parser = new();

    /// <summary>A session of <paramref name="app"/> (or a variant of it made with <c>WithWebHostBuilder</c>) signed in through the login page.</summary>
    public static async Task<PageSession> SignInAsync(
        WebApplicationFactory<Program> app, string email, string password = DemoSeeder.Password, string culture = "en")
    {
        var session = new PageSession(app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }), culture);
        var response = await session.SubmitAsync("/Login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Sign-in of {email} failed: {(int)response.StatusCode}");
        return session;
    }

    public HttpClient Client => client;

    public async Task<Page> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptLanguage.ParseAdd(culture);
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        return new Page(response.StatusCode, response.Headers.Location?.ToString(), Parser.ParseDocument(html), html);
    }

    /// <summary>
    /// Opens <paramref name="pageUrl"/>, finds its form (the one whose action contains <paramref name="formAction"/>,
    /// else the one holding the first field), and posts <paramref name="fields"/> to that form's action with its
    /// antiforgery token.
    /// </summary>
    public async Task<HttpResponseMessage> SubmitAsync(string pageUrl, IReadOnlyDictionary<string, string> fields, string? formAction = null)
    {
        var page = await GetAsync(pageUrl);
        var firstField = fields.Keys.FirstOrDefault();
        var form = page.Document.Forms.FirstOrDefault(f => formAction is not null
                ? (f.GetAttribute("action") ?? "").Contains(formAction, StringComparison.OrdinalIgnoreCase)
                : firstField is not null && f.QuerySelector($"[name='{firstField}']") is not null)
            ?? throw new InvalidOperationException($"No form{(formAction is null ? " with " + firstField : " for " + formAction)} on {pageUrl} ({page.Status}).");
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : pageUrl;
        return await PostAsync(action, fields, Token(form) ?? Token(page.Document));
    }

    /// <summary>Posts form fields with an antiforgery token (from <see cref="Page.Token"/> of the page the form is on).</summary>
    public async Task<HttpResponseMessage> PostAsync(string url, IReadOnlyDictionary<string, string> fields, string? token)
    {
        var body = new List<KeyValuePair<string, string>>(fields);
        if (token is not null)
        {
            body.Add(new("__RequestVerificationToken", token));
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new FormUrlEncodedContent(body) };
        request.Headers.AcceptLanguage.ParseAdd(culture);
        return await client.SendAsync(request);
    }

    public void Dispose() => client.Dispose();

    private static string? Token(AngleSharp.Dom.IParentNode node) =>
        node.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");

    public sealed record Page(HttpStatusCode Status, string? Location, IHtmlDocument Document, string Html)
    {
        public string Text => Document.Body?.TextContent ?? "";

        /// <summary>The validation message shown next to a field (by its input name, e.g. <c>Input.Amount</c>).</summary>
        public string? FieldError(string inputName) =>
            Document.QuerySelector($"[data-valmsg-for='{inputName}']")?.TextContent.Trim() is { Length: > 0 } message ? message : null;

        public string? Token => Document.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value");
    }
}
