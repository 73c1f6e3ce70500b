using System.Text;
using Zhiku.Model;
using Zhiku.Text.Scripts;

namespace Zhiku.Analytics.Bibliometrics;

/// <summary>
/// The identity bibliometrix gives to field values: convert2df upper-cases everything but DE/TI/AB, tableTag trims the
/// items split on ';', isi2df drops the commas of author names ("Aria, M" → "ARIA M"), and sources lose their commas.
/// </summary>
public static class BibliometrixKeys
{
    /// <summary>
    /// An author as convert2df keys AU: dots dropped (csvScopus2df: "Rahmani A.M." → "RAHMANI AM"), every other character
    /// but letters, digits, '-' and '\'' a space ("Aria, M" → "ARIA M"). Where the source gives the short form beside a
    /// full byline name (BibTeX: bib2df keys "Yan, Su-mei" as "YAN S"), the short form is the key.
    /// </summary>
    public static string Author(AuthorRecord author)
    {
        ArgumentNullException.ThrowIfNull(author);
        var name = (author.ShortName ?? author.Name).Replace(".", string.Empty, StringComparison.Ordinal);
        return Collapse(string.Concat(name.Select(c => char.IsLetterOrDigit(c) || c is '-' or '\'' ? c : ' ')));
    }

    public static string Keyword(string keyword) => Collapse(keyword);

    public static string Reference(string reference) => Collapse(reference);

    public static string Source(string source) => Collapse(source.Replace(",", string.Empty, StringComparison.Ordinal));

    /// <summary>
    /// A country as bibliometrix's AU_CO names it (metaTagExtraction): upper-cased, "UNITED STATES" → USA, England,
    /// Scotland, Wales and Northern Ireland → UNITED KINGDOM, a name ending in " USA" → USA, WoS's "PEOPLES R CHINA" (any name ending in CHINA) → CHINA.
    /// Unlike bibliometrix since 2023, Taiwan is kept as the source names it (see the analytics notes).
    /// </summary>
    public static string Country(string country)
    {
        var key = Collapse(country.Replace(".", string.Empty, StringComparison.Ordinal));
        return key switch
        {
            "UNITED STATES" or "UNITED STATES OF AMERICA" or "US" or "U S A" => "USA",
            "ENGLAND" or "SCOTLAND" or "WALES" or "NORTH IRELAND" or "NORTHERN IRELAND" or "UK" or "U K" => "UNITED KINGDOM",
            _ when key.EndsWith("CHINA", StringComparison.Ordinal) && key != "CHINA" => "CHINA",
            // An address without a comma before its country ("… Kansas State University Manhattan USA"): AU_CO finds USA in it.
            _ when key.EndsWith(" USA", StringComparison.Ordinal) => "USA",
            _ => key,
        };
    }

    /// <summary>
    /// The distinct countries of a work: its record-level countries (every address, bibliometrix AU_CO) and its
    /// authors' countries, keyed by <see cref="Country(string)"/>.
    /// </summary>
    public static IEnumerable<string> Countries(WorkRecord work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.Countries.Concat(work.Authors.SelectMany(a => a.Countries)).Select(Country).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal);
    }

    /// <summary>
    /// Upper-cased with runs of white space made single spaces and the ends trimmed; Traditional Chinese folded to
    /// Simplified, so that 知識產權 and 知识产权 are one item.
    /// </summary>
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

        return ScriptFolding.Default.Fold(builder.ToString());
    }
}
