using System.Text;
using Zhiku.Model;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// The identity bibliometrix gives to field values: convert2df upper-cases everything but DE/TI/AB, tableTag trims the
/// items split on ';', isi2df drops the commas of author names ("Aria, M" → "ARIA M"), and sources lose their commas.
/// </summary>
public static class BibliometrixKeys
{
    public static string Author(AuthorRecord author) => Collapse(author.Name.Replace(",", " ", StringComparison.Ordinal));

    public static string Keyword(string keyword) => Collapse(keyword);

    public static string Reference(string reference) => Collapse(reference);

    public static string Source(string source) => Collapse(source.Replace(",", string.Empty, StringComparison.Ordinal));

    /// <summary>Upper-cased with runs of white space made single spaces and the ends trimmed.</summary>
    private static string Collapse(string value)
    {
        var builder = new StringBuilder(value.Length);
        var space = false;
        foreach (var ch in value.Trim())
        {
            if (char.IsWhiteSpace(ch))
            {
                space = true;
                continue;
            }

            if (space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            space = false;
            builder.Append(char.ToUpperInvariant(ch));
        }

        return builder.ToString();
    }
}
