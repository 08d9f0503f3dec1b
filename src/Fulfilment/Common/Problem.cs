namespace Fulfilment.Common;

/// <summary>
/// An expected failure of a business step: a stable <see cref="Code"/> for clients, a message for people,
/// and, for validation failures, the messages per field (paths as the request names them, e.g. <c>Parcel.WeightGrams</c>).
/// What a refusal tells beyond its message travels as typed <see cref="Data"/> (e.g. <c>InsufficientBalance</c>), read by
/// callers through its type; the API writes it out as the problem's extension members (<see cref="Extensions"/>).
/// </summary>
public sealed record Problem(
    string Code,
    string Message,
    IReadOnlyDictionary<string, string[]>? Errors = null,
    ProblemData? Data = null)
{
    /// <summary>The extension members the API adds to the problem details (from <see cref="Data"/>); for the wire only.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions => Data?.Members();

    public static Problem Validation(IReadOnlyDictionary<string, string[]> errors) =>
        new(ProblemCodes.ValidationFailed, Text.Get("Some fields need your attention."), errors);

    public static Problem Field(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Problem NotFound(string? message = null) =>
        new(ProblemCodes.NotFound, message ?? Text.Get("Not found."));

    public static Problem InvalidState(string message) => new(ProblemCodes.InvalidState, message);

    public static Problem Duplicate(string message) => new(ProblemCodes.Duplicate, message);

    /// <summary>A <c>409 duplicate</c> naming the field whose value is already taken.</summary>
    public static Problem DuplicateField(string field, string message) =>
        new(ProblemCodes.Duplicate, message, new Dictionary<string, string[]> { [field] = [message] });
}
