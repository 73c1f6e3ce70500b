namespace Zhiku.Storage.Reading;

/// <summary>LIKE patterns with the escape character <c>\</c> (written <c>ESCAPE '\'</c> beside them).</summary>
internal static class Like
{
    /// <summary>
    /// A condition that <paramref name="column"/> matches the pattern parameter <paramref name="parameter"/> whatever the
    /// case: SQLite's LIKE ignores ASCII case and PostgreSQL's does not, so both sides are lowered (ASCII in the C locale).
    /// </summary>
    public static string Matches(string column, string parameter) => $"lower({column}) LIKE lower({parameter}) ESCAPE '\\'";

    /// <summary>A pattern matching any text that contains <paramref name="text"/> literally.</summary>
    public static string Containing(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
