using System.Diagnostics.CodeAnalysis;

namespace Fulfilment.Common;

/// <summary>The outcome of a business step: a value, or the <see cref="Problem"/> that stopped it.</summary>
public readonly struct Result<T>
{
    private readonly T? _value;

    private Result(T? value, Problem? problem)
    {
        _value = value;
        Problem = problem;
    }

    public Problem? Problem { get; }

    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsSuccess => Problem is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"No value: {Problem.Code} {Problem.Message}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Problem problem) => new(default, problem);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Problem problem) => Failure(problem);

    public Result<TOut> Map<TOut>(Func<T, TOut> map) => IsSuccess ? map(_value!) : Problem;
}

/// <summary>A step with no value to return: success, or a problem.</summary>
public readonly record struct Done
{
    public static readonly Done Value;
}
