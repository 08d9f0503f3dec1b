using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// Lets a page show again a yes/no field the browser sent as something else (<c>Input.AgreementAccepted=abc</c>): the
/// framework's checkbox (<c>asp-for</c>) reads the posted value back as a <see cref="bool"/> and would fail on it. Before a
/// page is drawn, such a value is dropped from the model state (its error stays, next to the field), so the checkbox shows
/// the bound value (unticked), as for any other refused field. Runs for every page.
/// </summary>
internal sealed class UnreadableBoolFilter : IResultFilter
{
    public void OnResultExecuting(ResultExecutingContext context)
    {
        if (context.Result is not PageResult || context.ActionDescriptor is not CompiledPageActionDescriptor { HandlerTypeInfo: { } handler })
        {
            return;
        }

        var root = handler.AsType();
        var unreadable = context.ModelState
            .Where(e => e.Value is { Errors.Count: > 0, RawValue: not null } && !Readable(e.Value.RawValue))
            .Select(e => e.Key)
            .Where(key => BoundMembers.TypeOf(root, key) is { } type && (Nullable.GetUnderlyingType(type) ?? type) == typeof(bool))
            .ToList();
        foreach (var key in unreadable)
        {
            var entry = context.ModelState[key]!;
            entry.RawValue = null;
        }
    }

    public void OnResultExecuted(ResultExecutedContext context)
    {
    }

    /// <summary>Whether the framework can read the posted value back as a yes/no (as the checkbox does when it is drawn).</summary>
    internal static bool Readable(object? raw) => raw switch
    {
        null => true,
        string s => s.Length == 0 || bool.TryParse(s, out _),
        string[] values => values.Length == 0 || Readable(values[0]),
        bool => true,
        _ => false,
    };
}

/// <summary>The type a page's bound member holds, from its model-state key (<c>Input.Lines[2].Quantity</c> → <see cref="int"/>?).</summary>
internal static partial class BoundMembers
{
    public static Type? TypeOf(Type root, string key)
    {
        var type = root;
        foreach (var part in Index().Replace(key, "").Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var property = type.GetProperty(part, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return null;
            }

            type = property.PropertyType;
            if (type != typeof(string) && key.Contains(part + "[", StringComparison.Ordinal) && typeof(IEnumerable).IsAssignableFrom(type))
            {
                type = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().FirstOrDefault() ?? type;
            }
        }

        return type == root ? null : type;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Index();
}

/// <summary>
/// A checkbox named from a model expression, like <c>asp-for</c>, for what the framework's checkbox cannot express:
/// <list type="bullet">
/// <item>a yes/no that may be left out (<c>bool?</c>): <c>&lt;input checkbox-for="Input.Active" checkbox-default="true" /&gt;</c>
/// is ticked when the posted value (or else the bound one, or else <c>checkbox-default</c>) is yes, and is followed by the
/// hidden <c>false</c> a browser needs to send an unticked box; a posted value it cannot read shows as the bound one;</item>
/// <item>one box per item of a list (<c>&lt;input checkbox-for="Input.Waybills" value="@w" /&gt;</c>): ticked when the bound
/// list holds the value; every ticked box posts the same name, so the list binds as it is.</item>
/// </list>
/// </summary>
[HtmlTargetElement("input", Attributes = "checkbox-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxForTagHelper : TagHelper
{
    [HtmlAttributeName("checkbox-for")]
    public ModelExpression For { get; set; } = null!;

    /// <summary>Ticked when there is neither a posted nor a bound value (a yes/no only).</summary>
    [HtmlAttributeName("checkbox-default")]
    public bool Default { get; set; }

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);
        var type = For.Metadata.ModelType;
        output.Attributes.SetAttribute("type", "checkbox");
        output.Attributes.SetAttribute("name", name);
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var value = context.AllAttributes.TryGetAttribute("value", out var v) ? FieldTagHelper.Text(v.Value) : null;
            if (value is null)
            {
                throw new InvalidOperationException($"checkbox-for=\"{For.Name}\" is a list: each box needs the value it stands for.");
            }

            if (For.Model is IEnumerable items && items.Cast<object?>().Any(item => item?.ToString() == value))
            {
                output.Attributes.SetAttribute("checked", "checked");
            }

            return;
        }

        output.Attributes.SetAttribute("value", "true");
        if (!output.Attributes.ContainsName("id"))
        {
            output.Attributes.SetAttribute("id", TagBuilder.CreateSanitizedId(name, "_"));
        }

        bool? posted = null;
        if (ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.RawValue is { } raw && UnreadableBoolFilter.Readable(raw))
        {
            var first = raw switch { string[] values => values.FirstOrDefault(), string s => s, bool b => b.ToString(), _ => null };
            posted = bool.TryParse(first, out var parsed) ? parsed : null;
        }

        if (posted ?? For.Model as bool? ?? Default)
        {
            output.Attributes.SetAttribute("checked", "checked");
        }

        var hidden = new TagBuilder("input") { TagRenderMode = TagRenderMode.SelfClosing };
        hidden.MergeAttribute("type", "hidden");
        hidden.MergeAttribute("name", name);
        hidden.MergeAttribute("value", "false");
        output.PostElement.AppendHtml(hidden);
    }
}

/// <summary>
/// A field of a GET form, whose values become the page's address (<c>&lt;input asp-for="shipByFrom" type="date" query-field /&gt;</c>):
/// without the <c>__Invariant</c> marker the framework puts after a date or number field for the server to read posted
/// values culture-free, which would otherwise show up in the address.
/// </summary>
[HtmlTargetElement("input", Attributes = "query-field")]
public sealed class QueryFieldTagHelper : TagHelper
{
    public override int Order => 1001;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.RemoveAll("query-field");
        if (output.PostElement.GetContent().Contains("__Invariant", StringComparison.Ordinal))
        {
            output.PostElement.Clear();
        }
    }
}
