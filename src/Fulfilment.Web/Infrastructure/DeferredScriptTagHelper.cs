using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// Every script file a page loads is deferred: the browser paints the page before running them (they no longer block
/// rendering), and runs them in document order once the page is parsed, so a page's script still finds Bootstrap and
/// site.js loaded before it. Views write plain <c>&lt;script src&gt;</c>; the CSP allows no inline script that could
/// depend on them running earlier. A script marked <c>async</c> or <c>type="module"</c> keeps its own timing.
/// </summary>
[HtmlTargetElement("script", Attributes = "src")]
public sealed class DeferredScriptTagHelper : TagHelper
{
    // After the framework's script tag helper (asp-append-version) has written the src.
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (!output.Attributes.ContainsName("async") && !output.Attributes.ContainsName("defer")
            && !string.Equals(output.Attributes["type"]?.Value?.ToString(), "module", StringComparison.OrdinalIgnoreCase))
        {
            output.Attributes.Add(new TagHelperAttribute("defer", null, HtmlAttributeValueStyle.Minimized));
        }
    }
}
