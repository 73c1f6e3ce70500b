namespace Zhiku.Storage.Reading;

/// <summary>LIKE patterns with the escape character <c>\</c> (written <c>ESCAPE '\'</c> beside them).</summary>
internal static class Like
{
    /// <summary>A pattern matching any text that contains <paramref name="text"/> literally.</summary>
    public static string Containing(string text) =>
        "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
