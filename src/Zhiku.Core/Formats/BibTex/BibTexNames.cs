namespace Zhiku.Formats.BibTex;

/// <summary>Splits a BibTeX name list on " and " outside braces ("{Research and Development Group} and Li, X").</summary>
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
}
