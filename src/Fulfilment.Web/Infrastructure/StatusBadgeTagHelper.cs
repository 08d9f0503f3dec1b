using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// A status as a badge: <c>&lt;status-badge value="o.Status" /&gt;</c> is
/// <c>&lt;span class="badge-status status-Shipped" data-status="Shipped"&gt;Shipped&lt;/span&gt;</c>, one colour per status
/// everywhere (site.css <c>.status-*</c>) and one word per status in each language (<see cref="Localization.Labels"/>). A tag helper
/// rather than a partial view: the inbox shows one per row, and a partial's view lookup and activation cost more than the
/// rest of the row.
/// </summary>
[HtmlTargetElement("status-badge", TagStructure = TagStructure.WithoutEndTag)]
public sealed class StatusBadgeTagHelper(Localization.Labels labels) : TagHelper
{
    public Enum Value { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Value.ToString();
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "badge-status status-" + name);
        output.Attributes.SetAttribute("data-status", name);
        output.Content.SetContent(labels.For(Value));
    }
}
