using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// A status as a badge: <c>&lt;status-badge value="o.Status" /&gt;</c> is
/// <c>&lt;span class="badge-status status-Shipped" data-status="Shipped"&gt;Shipped&lt;/span&gt;</c>, one colour per status
/// everywhere (site.css <c>.status-*</c>) and one word per status in each language (<see cref="Localization.Labels"/>). A tag helper
/// rather than a partial view: the inbox shows one per row, and a partial's view lookup and activation cost more than the
/// rest of the row. The inbox's rows write <see cref="Html"/> itself, the same markup without a tag helper's run.
/// </summary>
[HtmlTargetElement("status-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgeTagHelper(Localization.Labels labels) : TagHelper
{
    public Enum Value { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        output.Content.SetHtmlContent(Html(labels, Value));
    }

    /// <summary>The badge of <paramref name="value"/> (an enum's name is letters and digits: it needs no encoding).</summary>
    /// <remarks>Written once per status and language: a badge is the same text on every row of every page.</remarks>
    public static HtmlString Html(Localization.Labels labels, Enum value) =>
        Badges.GetOrAdd((CultureInfo.CurrentUICulture.Name, value), static (key, labels) =>
        {
            var name = key.Value.ToString();
            return new HtmlString($"<span class=\"badge-status status-{name}\" data-status=\"{name}\">{HtmlEncoder.Default.Encode(labels.For(key.Value))}</span>");
        }, labels);

    // Keyed by the languages the app speaks and the values of the enums it shows: a few dozen entries at most.
    private static readonly ConcurrentDictionary<(string Culture, Enum Value), HtmlString> Badges = new();
}
