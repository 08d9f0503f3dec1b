namespace Fulfilment.Web.Infrastructure;

/// <summary>The time-zone field of a form: the input's name, its value, and its error.</summary>
public sealed record TimeZoneFieldModel(string Name, string? Value, string? Error, string Id = "time-zone");
