namespace Fulfilment.Common;

/// <summary>Text searched with PostgreSQL <c>LIKE</c>/<c>ILIKE</c>: what a person typed matches as typed.</summary>
public static class SqlLike
{
    /// <summary>Escapes the pattern characters (with a backslash, PostgreSQL's default escape).</summary>
    public static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>A pattern matching any text that contains <paramref name="text"/>.</summary>
    public static string Containing(string text) => "%" + Escape(text) + "%";

    /// <summary>
    /// Whether a trigram (pg_trgm) index can narrow a search for text containing <paramref name="text"/>: its trigrams
    /// come from runs of at least three letters or digits, and a search without one reads the whole index.
    /// </summary>
    public static bool TrigramsNarrow(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsLetterOrDigit(c) ? run + 1 : 0;
            if (run == 3)
            {
                return true;
            }
        }

        return false;
    }
}
