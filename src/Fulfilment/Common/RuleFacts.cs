using FluentValidation.Validators;

namespace Fulfilment.Common;

/// <summary>
/// What a validation rule allows, in the terms a schema states (required, lengths, bounds, counts, a pattern, a closed
/// set of values). The validators carry these beside the rule they describe, so the OpenAPI description is read from the
/// same rules the server runs (<c>Fulfilment.Web.Api.OpenApi.ValidationSchemas</c>); built-in FluentValidation rules
/// (NotNull, Length, InclusiveBetween, Matches, GreaterThan…) are read without them.
/// </summary>
public sealed record RuleFacts
{
    /// <summary>The field must be present and not null (for text: not blank).</summary>
    public bool Required { get; init; }

    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }

    /// <summary>An ECMAScript-compatible regular expression the (trimmed) value matches.</summary>
    public string? Pattern { get; init; }

    public decimal? Minimum { get; init; }
    public decimal? Maximum { get; init; }
    public bool ExclusiveMinimum { get; init; }
    public bool ExclusiveMaximum { get; init; }
    public int? MinItems { get; init; }
    public int? MaxItems { get; init; }
    public bool UniqueItems { get; init; }

    /// <summary>The only values allowed, and the name of the schema that lists them (one per closed set).</summary>
    public IReadOnlyList<string>? Values { get; init; }

    public string? ValuesName { get; init; }

    public static RuleFacts Present { get; } = new() { Required = true };

    public static RuleFacts NotBlank { get; } = new() { Required = true, MinLength = 1 };

    public static RuleFacts AtMost(int maxLength) => new() { MaxLength = maxLength };

    public static RuleFacts Between(decimal minimum, decimal maximum) => new() { Minimum = minimum, Maximum = maximum };

    public static RuleFacts Items(int? min = null, int? max = null, bool unique = false) => new() { MinItems = min, MaxItems = max, UniqueItems = unique };

    public static RuleFacts Matching(string pattern) => new() { Pattern = pattern };

    public static RuleFacts OneOf(string name, IReadOnlyList<string> values) => new() { Required = true, Values = values, ValuesName = name };
}

/// <summary>A rule that says what it allows (<see cref="RuleFacts"/>).</summary>
public interface IDescribedRule
{
    RuleFacts Facts { get; }
}

/// <summary>A predicate rule (like <c>Must</c>) that also says what it allows.</summary>
public sealed class DescribedPredicate<T, TProperty>(Func<T, TProperty, bool> predicate, RuleFacts facts)
    : PropertyValidator<T, TProperty>, IDescribedRule
{
    public override string Name => "DescribedPredicate";

    public RuleFacts Facts => facts;

    public override bool IsValid(ValidationContext<T> context, TProperty value) => predicate(context.InstanceToValidate, value);

    protected override string GetDefaultMessageTemplate(string errorCode) => "'{PropertyName}' is not valid.";
}

public static class DescribedRules
{
    /// <summary>Like <c>Must</c>, and the OpenAPI description states <paramref name="facts"/> for the field.</summary>
    public static IRuleBuilderOptions<T, TProperty> Satisfies<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<TProperty, bool> predicate, RuleFacts facts) =>
        rule.SetValidator(new DescribedPredicate<T, TProperty>((_, value) => predicate(value), facts));

    /// <summary>Like <c>Must</c> with the whole request, and the OpenAPI description states <paramref name="facts"/>.</summary>
    public static IRuleBuilderOptions<T, TProperty> Satisfies<T, TProperty>(this IRuleBuilder<T, TProperty> rule, Func<T, TProperty, bool> predicate, RuleFacts facts) =>
        rule.SetValidator(new DescribedPredicate<T, TProperty>(predicate, facts));
}

/// <summary>The property takes only these values: a closed set, named <see cref="Name"/> in the OpenAPI description.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class SchemaValuesAttribute(string name, params string[] values) : Attribute
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Values { get; } = values;
}
