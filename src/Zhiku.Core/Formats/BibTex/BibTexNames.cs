namespace Zhiku.Formats.BibTex;

/// <summary>
/// Splits a BibTeX name list on " and " outside braces ("{Research and Development Group} and Li, X"), and gives a
/// name's short form.
/// </summary>
internal static class BibTexNames
{
    public static List<string> Split(string raw)
    {
        var names = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && char.IsWhiteSpace(c) && i + 4 < raw.Length
                && string.Compare(raw, i + 1, "and", 0, 3, StringComparison.OrdinalIgnoreCase) == 0 && char.IsWhiteSpace(raw[i + 4]))
            {
                Add(raw[start..i]);
                start = i + 5;
                i += 4;
            }
        }

        Add(raw[start..]);
        return names;

        void Add(string name)
        {
            var text = LatexText.ToUnicode(name);
            if (text.Length > 0)
            {
                names.Add(text);
            }
        }
    }

    /// <summary>
    /// "Yan, Su-mei" → "Yan, S", "Linmans, A. J. M." → "Linmans, AJM": the surname (before the first comma) and the
    /// capitals of the given names (after the last comma), as bibliometrix's bib2df keys a BibTeX author. Null for a
    /// name without a comma (an organisation or a single name, kept whole) or one already in that form ("Aria, M").
    /// </summary>
    public static string? ShortForm(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return null;
        }

        var surname = name[..comma].Trim();
        var initials = string.Concat(name[(name.LastIndexOf(',') + 1)..].Where(char.IsUpper));
        var shortForm = initials.Length > 0 ? $"{surname}, {initials}" : surname;
        return shortForm == name ? null : shortForm;
    }
}
