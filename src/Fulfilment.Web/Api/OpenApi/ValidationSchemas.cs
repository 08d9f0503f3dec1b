using FluentValidation;
using FluentValidation.Internal;
using FluentValidation.Validators;

namespace Fulfilment.Web.Api.OpenApi;

/// <summary>
/// Reads the FluentValidation rules the server runs for a request type and states them in its schema: <c>required</c>,
/// <c>minLength</c>/<c>maxLength</c>, <c>minimum</c>/<c>maximum</c>, <c>minItems</c>/<c>maxItems</c>, <c>pattern</c> and
/// closed sets. Built-in rules are read as they are; predicate rules say what they allow with <see cref="RuleFacts"/>.
/// A rule under a condition (<c>When</c>) never makes a field required; a field whose omission leaves a default value is
/// not required either (the default is stated instead).
/// </summary>
internal static class ValidationSchemas
{
    /// <summary>The validator the server runs for <paramref name="type"/>, if any.</summary>
    public static IValidator? ValidatorFor(IServiceProvider services, Type type) =>
        services.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator;

    /// <summary>The facts each member's rules state, by CLR member name (collection rules under "name[]").</summary>
    public static Dictionary<string, List<RuleFacts>> Facts(IValidator validator)
    {
        var facts = new Dictionary<string, List<RuleFacts>>(StringComparer.Ordinal);
        Collect(validator, facts, depth: 0);
        return facts;
    }

    private static void Collect(IValidator validator, Dictionary<string, List<RuleFacts>> facts, int depth)
    {
        if (validator.CreateDescriptor() is not { } descriptor || depth > 3)
        {
            return;
        }

        foreach (var rule in descriptor.Rules)
        {
            if (rule is IIncludeRule)
            {
                foreach (var component in rule.Components)
                {
                    if (IncludedValidator(component.Validator) is { } included)
                    {
                        Collect(included, facts, depth + 1);
                    }
                }

                continue;
            }

            if (rule.PropertyName is not { Length: > 0 } name)
            {
                continue;
            }

            var isCollection = rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));
            var key = isCollection ? name + "[]" : name;
            var conditional = rule.HasCondition || rule.HasAsyncCondition;
            foreach (var component in rule.Components)
            {
                if (Read(component.Validator) is not { } read)
                {
                    continue;
                }

                if (conditional || component.HasCondition || component.HasAsyncCondition)
                {
                    read = read with { Required = false };
                }

                if (!facts.TryGetValue(key, out var list))
                {
                    facts[key] = list = [];
                }

                list.Add(read);
            }
        }
    }

    internal static IValidator? IncludedValidator(IPropertyValidator validator)
    {
        // ChildValidatorAdaptor keeps the included validator; FluentValidation gives no public getter for it.
        var field = validator.GetType().GetField("_validator", BindingFlags.Instance | BindingFlags.NonPublic);
        return field?.GetValue(validator) as IValidator;
    }

    internal static RuleFacts? Read(IPropertyValidator validator) => validator switch
    {
        IDescribedRule described => described.Facts,
        INotNullValidator => RuleFacts.Present,
        INotEmptyValidator => new RuleFacts { Required = true, MinLength = 1, MinItems = 1 },
        ILengthValidator length => new RuleFacts
        {
            MinLength = length.Min > 0 ? length.Min : null,
            MaxLength = length.Max > 0 ? length.Max : null,
        },
        IBetweenValidator between => new RuleFacts
        {
            Minimum = Number(between.From),
            Maximum = Number(between.To),
            ExclusiveMinimum = validator.GetType().Name.StartsWith("Exclusive", StringComparison.Ordinal),
            ExclusiveMaximum = validator.GetType().Name.StartsWith("Exclusive", StringComparison.Ordinal),
        },
        IComparisonValidator { ValueToCompare: { } value } comparison when Number(value) is { } number => comparison.Comparison switch
        {
            Comparison.GreaterThan => new RuleFacts { Minimum = number, ExclusiveMinimum = true },
            Comparison.GreaterThanOrEqual => new RuleFacts { Minimum = number },
            Comparison.LessThan => new RuleFacts { Maximum = number, ExclusiveMaximum = true },
            Comparison.LessThanOrEqual => new RuleFacts { Maximum = number },
            Comparison.Equal => RuleFacts.Present,
            _ => null,
        },
        IComparisonValidator { Comparison: Comparison.Equal, ValueToCompare: true } => RuleFacts.Present,
        IRegularExpressionValidator regex => RuleFacts.Matching(regex.Expression),
        IEmailValidator => new RuleFacts { Pattern = "^[^@\\s]+@[^@\\s]+$" },
        _ => null,
    };

    private static decimal? Number(object? value) => value switch
    {
        int or long or short or byte or decimal or double or float => Convert.ToDecimal(value, CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>States <paramref name="facts"/> on a property (or array items) schema; true when they make it required.</summary>
    public static bool Apply(OpenApiSchema schema, IEnumerable<RuleFacts> facts)
    {
        var required = false;
        foreach (var f in facts)
        {
            required |= f.Required;
            schema.MinLength = Tighter(schema.MinLength, f.MinLength, Math.Max);
            schema.MaxLength = Tighter(schema.MaxLength, f.MaxLength, Math.Min);
            schema.MinItems = Tighter(schema.MinItems, f.MinItems, Math.Max);
            schema.MaxItems = Tighter(schema.MaxItems, f.MaxItems, Math.Min);
            if (f.UniqueItems)
            {
                schema.UniqueItems = true;
            }

            if (f.Pattern is { } pattern)
            {
                schema.Pattern = pattern;
            }

            if (f.Minimum is { } minimum)
            {
                if (f.ExclusiveMinimum)
                {
                    schema.ExclusiveMinimum = Text(minimum);
                }
                else
                {
                    schema.Minimum = Text(minimum);
                }
            }

            if (f.Maximum is { } maximum)
            {
                if (f.ExclusiveMaximum)
                {
                    schema.ExclusiveMaximum = Text(maximum);
                }
                else
                {
                    schema.Maximum = Text(maximum);
                }
            }
        }

        // Limits that only make sense for the schema's type.
        var type = schema.Type ?? 0;
        if ((type & JsonSchemaType.String) == 0)
        {
            schema.MinLength = schema.MaxLength = null;
            schema.Pattern = null;
        }

        if ((type & JsonSchemaType.Array) == 0)
        {
            schema.MinItems = schema.MaxItems = null;
            schema.UniqueItems = null;
        }

        return required;
    }

    private static int? Tighter(int? current, int? candidate, Func<int, int, int> pick) =>
        candidate is null ? current : current is null ? candidate : pick(current.Value, candidate.Value);

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>The value a property keeps when a request leaves it out (a fresh instance's), or null.</summary>
    public static object? DefaultOf(Type type, PropertyInfo property)
    {
        if (type.GetConstructor(Type.EmptyTypes) is null)
        {
            return null;
        }

        try
        {
            var value = property.GetValue(Activator.CreateInstance(type));
            return value is IEnumerable and not string || value is string { Length: 0 } ? null : value;
        }
        catch (TargetInvocationException)
        {
            return null;
        }
    }

    /// <summary>A CLR default as JSON, for the simple kinds a schema can state.</summary>
    public static JsonNode? Json(object? value) => value switch
    {
        bool b => JsonValue.Create(b),
        string s => JsonValue.Create(s),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        decimal d => JsonValue.Create(d),
        Enum e => JsonValue.Create(e.ToString()),
        _ => null,
    };
}
