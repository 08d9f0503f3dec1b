using FluentValidation.Validators;

namespace Fulfilment.Web.Infrastructure;

/// <summary>
/// What the browser may check before a form is sent, read from the FluentValidation rules the server runs for the
/// field (the page model's bound property, e.g. <c>Input.Parcel.WeightGrams</c> → <c>ParcelRequestValidator</c>'s
/// <c>WeightGrams</c> rules): required, a numeric range and a maximum length, each with the server's own message in the
/// reader's language. Rules under a condition are left to the server. The server checks everything again.
/// </summary>
public sealed partial class ClientRules(IServiceProvider services)
{
    private readonly ConcurrentDictionary<(Type, string), Rule[]> _cache = new();

    /// <summary>One checkable rule of a field: its kind, its bounds, and the component whose message it shows.</summary>
    private sealed record Rule(string Kind, decimal? Minimum, decimal? Maximum, int? MaxLength, FluentValidation.Internal.IRuleComponent Component);

    /// <summary>
    /// The field's rules as <c>data-val-*</c> attributes, each with its message (<c>data-val-required</c>;
    /// <c>data-val-min</c>/<c>-min-value</c>, <c>data-val-max</c>/<c>-max-value</c> for numbers; <c>data-val-maxlength</c>/<c>-max</c>); empty when none.
    /// </summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes(Type root, string name)
    {
        var rules = _cache.GetOrAdd((root, Index().Replace(name, "")), key => Find(key.Item1, key.Item2));
        var attributes = new List<KeyValuePair<string, string>>();
        foreach (var rule in rules)
        {
            var message = Message(rule.Component);
            switch (rule.Kind)
            {
                case "required" when !Has(attributes, "data-val-required"):
                    attributes.Add(new("data-val-required", message));
                    break;
                case "range":
                    if (rule.Minimum is { } min)
                    {
                        attributes.Add(new("data-val-min", message));
                        attributes.Add(new("data-val-min-value", min.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }

                    if (rule.Maximum is { } max)
                    {
                        attributes.Add(new("data-val-max", message));
                        attributes.Add(new("data-val-max-value", max.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    }

                    break;
                case "length" when rule.MaxLength is { } length && !Has(attributes, "data-val-maxlength"):
                    attributes.Add(new("data-val-maxlength", message));
                    attributes.Add(new("data-val-maxlength-max", length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                    break;
            }
        }

        return attributes;
    }

    private static bool Has(List<KeyValuePair<string, string>> attributes, string name) => attributes.Exists(a => a.Key == name);

    private static string Message(FluentValidation.Internal.IRuleComponent component)
    {
        try
        {
            return component.GetUnformattedErrorMessage() ?? "";
        }
        catch (Exception e) when (e is NullReferenceException or InvalidOperationException)
        {
            return "";
        }
    }

    private Rule[] Find(Type root, string path)
    {
        var parts = path.Split('.');
        var type = root;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (Member(type, parts[i]) is not { } next)
            {
                return [];
            }

            type = next;
        }

        if (ValidationSchemas.ValidatorFor(services, type) is not { } validator)
        {
            return [];
        }

        var property = type.GetProperty(parts[^1], BindingFlags.Public | BindingFlags.Instance);
        var integer = property is not null && (Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType) is var t
            && (t == typeof(int) || t == typeof(long) || t == typeof(short));
        var found = new List<Rule>();
        foreach (var rule in RulesFor(validator, parts[^1], depth: 0))
        {
            if (rule.HasCondition || rule.HasAsyncCondition || rule.GetType().Name.Contains("Collection", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var component in rule.Components)
            {
                if (component.HasCondition || component.HasAsyncCondition || ValidationSchemas.Read(component.Validator) is not { } facts)
                {
                    continue;
                }

                if (facts.Required)
                {
                    found.Add(new Rule("required", null, null, null, component));
                }

                if (facts.Minimum is not null || facts.Maximum is not null)
                {
                    var min = facts.Minimum is { } m && facts.ExclusiveMinimum ? (integer ? m + 1 : m) : facts.Minimum;
                    var max = facts.Maximum is { } x && facts.ExclusiveMaximum ? (integer ? x - 1 : x) : facts.Maximum;
                    found.Add(new Rule("range", min, max, null, component));
                }

                if (facts.MaxLength is { } length && component.Validator is not INotEmptyValidator)
                {
                    found.Add(new Rule("length", null, null, length, component));
                }
            }
        }

        return [.. found];
    }

    /// <summary>A member's rules, those of validators the validator includes (<c>Include(address)</c>) too.</summary>
    private static IEnumerable<FluentValidation.IValidationRule> RulesFor(FluentValidation.IValidator validator, string member, int depth)
    {
        if (depth > 3 || validator.CreateDescriptor() is not { } descriptor)
        {
            yield break;
        }

        foreach (var rule in descriptor.Rules)
        {
            if (rule is FluentValidation.Internal.IIncludeRule && !rule.HasCondition && !rule.HasAsyncCondition)
            {
                foreach (var included in rule.Components.Select(c => ValidationSchemas.IncludedValidator(c.Validator)).OfType<FluentValidation.IValidator>())
                {
                    foreach (var inner in RulesFor(included, member, depth + 1))
                    {
                        yield return inner;
                    }
                }
            }
            else if (rule.PropertyName == member)
            {
                yield return rule;
            }
        }
    }

    /// <summary>The type a bound member holds (a list's element type for <c>Lines[0]</c>).</summary>
    private static Type? Member(Type type, string name)
    {
        var member = type.GetProperty(name, BindingFlags.Public | BindingFlags.Instance)?.PropertyType;
        if (member is null)
        {
            return null;
        }

        member = Nullable.GetUnderlyingType(member) ?? member;
        if (member != typeof(string) && typeof(IEnumerable).IsAssignableFrom(member))
        {
            return member.IsArray ? member.GetElementType() : member.GetGenericArguments().FirstOrDefault();
        }

        return member;
    }

    [GeneratedRegex(@"\[[^\]]*\]")]
    private static partial Regex Index();
}
