namespace Zhiku.Experts;

/// <summary>
/// Turns an expert query into a works query: plain words are OR-ed (an expert on "labor studies" wrote on labour or
/// on studies of it; the works' default AND would keep only titles with every word); a query that already uses the
/// search syntax (quotes, fields, parentheses, AND/OR/NOT) is kept as written.
/// </summary>
internal static class ExpertQuery
{
    private static readonly HashSet<string> StopWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to", "with",
    };

    private static readonly string[] Operators = ["AND", "OR", "NOT"];

    public static string ToWorksQuery(string text)
    {
        text = text.Trim();
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (text.IndexOfAny(['"', ':', '(', ')', '*', '~', '[']) >= 0 || words.Any(w => Operators.Contains(w, StringComparer.Ordinal)))
        {
            return text;
        }

        var kept = words.Where(w => !StopWords.Contains(w)).ToList();
        return kept.Count == 0 ? text : string.Join(" OR ", kept);
    }
}
