using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// A static file's address with its version, exactly as <c>asp-append-version</c> writes it (the same provider and its
/// cache), without a tag helper's run: the layout's files and the inbox's are written on every page view (a view's
/// <c>Context</c>, a page's <c>HttpContext</c>). A script written so, <c>&lt;!script src="…" defer&gt;</c>, is out of
/// reach of every tag helper and says <c>defer</c> itself, as <see cref="DeferredScriptTagHelper"/> would.
/// </summary>
public static class AssetUrls
{
    public static string Versioned(this HttpContext context, string path) =>
        context.RequestServices.GetRequiredService<IFileVersionProvider>().AddFileVersionToPath(context.Request.PathBase, path);
}
