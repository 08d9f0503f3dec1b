namespace Fulfilment.Common;

/// <summary>Text searched with PostgreSQL <c>LIKE</c>/<c>ILIKE</c>: what a person typed matches as typed.</summary>
public static class SqlLike
{
    /// <summary>Escapes the pattern characters (with a backslash, PostgreSQL's default escape).</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>A pattern matching any text that contains <paramref name="text"/>.</summary>
    public static string Containing(string text) => "%" + Escape(text) + "%";
}
