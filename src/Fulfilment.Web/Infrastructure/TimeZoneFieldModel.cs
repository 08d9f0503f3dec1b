namespace Fulfilment.Web.Infrastructure;

/// <summary>The time-zone field of a form: the input's name, its value, and its error; <c>InTable</c> drops the visible label and help (a table row says them once in its header).</summary>
public sealed record TimeZoneFieldModel(string Name, string? Value, string? Error, string Id = "time-zone", bool InTable = false);
