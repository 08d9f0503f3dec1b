using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc.TagHelpers;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// Every form field, once for all forms (with <c>asp-for</c> or a typed <c>name</c>): a field the server refused says
/// so to assistive technology (<c>aria-invalid="true"</c>, <c>aria-describedby</c> naming its error message after any
/// hint it already names, and the <c>is-invalid</c> look), and it carries the rules the browser checks before sending
/// (<see cref="ClientRules"/>, read from the validator the server runs). Runs after the framework's tag helpers.
/// </summary>
[HtmlTargetElement("input")]
[HtmlTargetElement("select")]
[HtmlTargetElement("textarea")]
public sealed class FieldTagHelper(ClientRules rules) : TagHelper
{
    public override int Order => 1000;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>
    /// The model-state key whose errors this field shows when it is not the field's name (a form that posts
    /// <c>Input.CarrierName</c> for the request's <c>ExternalShipments[0].CarrierName</c>); empty when the view marks the
    /// field itself (one field name repeated in several forms of a page).
    /// </summary>
    [HtmlAttributeName("error-for")]
    public string? ErrorFor { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = Value(output, "name") ?? Value(context, "name");
        var type = Value(output, "type") ?? Value(context, "type") ?? "";
        if (string.IsNullOrEmpty(name) || type is "hidden" or "submit" or "button" or "reset" || name == "__RequestVerificationToken")
        {
            return;
        }

        var key = ErrorFor ?? name;
        if (key.Length > 0 && ViewContext.ModelState.TryGetValue(key, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
            var described = Value(output, "aria-describedby");
            var error = Fields.ErrorId(key);
            if (described is null || !described.Split(' ').Contains(error))
            {
                output.Attributes.SetAttribute("aria-describedby", string.IsNullOrEmpty(described) ? error : described + " " + error);
            }

            if (type != "radio")
            {
                output.AddClass("is-invalid", System.Text.Encodings.Web.HtmlEncoder.Default);
            }
        }

        // The framework's own client rules (an implicit "required" for a non-nullable number, in English) are not the
        // server's: only what the markup or the validator states is checked in the browser. Its number check is kept
        // (its message is the server's, localized).
        foreach (var framework in output.Attributes.Where(a => a.Name.StartsWith("data-val", StringComparison.Ordinal)
                     && a.Name != "data-val-number" && !context.AllAttributes.ContainsName(a.Name)).ToList())
        {
            output.Attributes.Remove(framework);
        }

        // The page model's type: also right inside a partial whose model is something else.
        if (ViewContext.ActionDescriptor is CompiledPageActionDescriptor page && page.HandlerTypeInfo?.AsType() is { } root)
        {
            var attributes = rules.Attributes(root, name);
            if (attributes.Count > 0)
            {
                output.Attributes.SetAttribute("data-val", "true");
                // The validator's rules come after the field's own markup: a form that allows more (say, quantity 0 to
                // leave a line for a later parcel) states so with its own data-val-* attribute.
                var own = context.AllAttributes.Select(a => a.Name).Where(n => n.StartsWith("data-val-", StringComparison.Ordinal)).ToHashSet();
                foreach (var (attribute, value) in attributes)
                {
                    if (!own.Contains(attribute))
                    {
                        output.Attributes.SetAttribute(attribute, value);
                    }
                }
            }
        }

        if (output.Attributes.Any(a => a.Name.StartsWith("data-val-", StringComparison.Ordinal)))
        {
            output.Attributes.SetAttribute("data-val", "true");
        }

        // A number field the browser cannot read (letters typed into it) is named before sending, as the server would.
        if (type == "number" && !output.Attributes.ContainsName("data-val-number"))
        {
            output.Attributes.SetAttribute("data-val", "true");
            output.Attributes.SetAttribute("data-val-number", Fulfilment.Common.Text.Get("This value could not be read: check its type and format."));
        }
    }

    private static string? Value(TagHelperOutput output, string name) =>
        output.Attributes.TryGetAttribute(name, out var a) ? Text(a.Value) : null;

    private static string? Value(TagHelperContext context, string name) =>
        context.AllAttributes.TryGetAttribute(name, out var a) ? Text(a.Value) : null;

    internal static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        Microsoft.AspNetCore.Html.HtmlString h => h.Value,
        Microsoft.AspNetCore.Html.IHtmlContent content => Render(content),
        _ => value.ToString(),
    };

    private static string Render(Microsoft.AspNetCore.Html.IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);
        return System.Net.WebUtility.HtmlDecode(writer.ToString());
    }
}

/// <summary>A field's error message (<c>data-valmsg-for</c> or <c>asp-validation-for</c>) gets the id its field names in <c>aria-describedby</c>.</summary>
[HtmlTargetElement("*", Attributes = "data-valmsg-for")]
[HtmlTargetElement("*", Attributes = "asp-validation-for")]
public sealed class FieldErrorTagHelper : TagHelper
{
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = output.Attributes.TryGetAttribute("data-valmsg-for", out var a) ? FieldTagHelper.Text(a.Value)
            : context.AllAttributes.TryGetAttribute("data-valmsg-for", out var b) ? FieldTagHelper.Text(b.Value) : null;
        if (!string.IsNullOrEmpty(name) && !output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", Fields.ErrorId(name));
        }
    }
}

/// <summary>Ids shared by a field, its error message and the error summary's link to it.</summary>
public static partial class Fields
{
    /// <summary>The id of the message that says what is wrong with the field named <paramref name="name"/>.</summary>
    public static string ErrorId(string name) => "error-" + Unsafe().Replace(name, "-");

    [GeneratedRegex("[^A-Za-z0-9_-]")]
    private static partial Regex Unsafe();
}
