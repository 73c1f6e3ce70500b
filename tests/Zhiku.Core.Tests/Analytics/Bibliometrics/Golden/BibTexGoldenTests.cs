using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Analytics.Bibliometrics.Golden;

/// <summary>
/// WoS and Scopus BibTeX exports against bibliometrix's bib2df: author (" and "-separated) → AU keyed as bib2df's
/// postprocessing keys it (the surname before the first comma, the capitals of the given names after the last: "Yan,
/// Su-mei" → "YAN S"), journal → SO, year → PY, Times-Cited (WoS) or note "Cited by: N" (Scopus) → TC, Keywords (WoS)
/// or author_keywords (Scopus) → DE, Keywords-Plus (WoS) or keywords (Scopus, whose entries say source = {Scopus}) →
/// ID, Cited-References (one a line) → CR, Affiliation (WoS, one address a line) or affiliations (Scopus, ';' between
/// addresses) → C1, whose countries are AU_CO.
/// </summary>
public sealed partial class BibTexGoldenTests
{
    [Theory]
    [InlineData("bibliometrixdata_wos.bib", 99, 253, 257)]
    [InlineData("pybibx_wos.bib", 29, 66, 66)]
    [InlineData("pybibx_scopus.bib", 24, 53, 53)]
    public void Summary_and_tables_follow_bibliometrix_on_a_BibTeX_export(string file, int records, int authors, int fullNames)
    {
        var path = SharedData.Path("bibliographic/bibtex/" + file);
        var rows = Entries(path).Select(e => new BibliometrixRow
        {
            AU = [.. Names(Field(e, "author"))],
            // Deliberate difference: isibib2df reads SO from journal only; Zhiku takes a proceedings paper's booktitle
            // when there is no journal (pybibx_wos.bib has six), so that its source is counted.
            SO = Field(e, "journal") ?? Field(e, "booktitle"),
            PY = Field(e, "year") is { } year ? int.Parse(year, CultureInfo.InvariantCulture) : null,
            TC = CitedBy(e),
            DE = [.. BibliometrixRow.Items(Scopus(e) ? Field(e, "author_keywords") : Field(e, "keywords")).Distinct()],
            ID = [.. BibliometrixRow.Items(Scopus(e) ? Field(e, "keywords") : Field(e, "keywords-plus")).Distinct()],
            CR = [.. (Raw(e, "cited-references") ?? string.Empty).Split('\n').Select(l => BibliometrixRow.Key(Plain(l))).Where(l => l.Length > 0).Distinct()],
            Countries = [.. Addresses(e).Select(Country).OfType<string>()],
        }).ToList();

        Assert.Equal(records, rows.Count);
        var works = ImportKit.Read(path, "bibtex").Works();
        BibliometrixExpectations.Check(rows, works);

        // Counted by bibliometrix's key, shown with the names the file gives (bibliometrixdata_wos.bib: "Zhang, Yi" and
        // "Zhang, Yun" are both ZHANG Y).
        Assert.Equal(authors, rows.SelectMany(r => r.AU).Distinct().Count());
        // The keys' spelling too, but for a name without a comma, to which bib2df appends its own capitals ("Komarudin" →
        // "KOMARUDIN K") where Zhiku keeps it whole: one key for one name either way.
        var whole = Entries(path).SelectMany(e => (Field(e, "author") ?? string.Empty).Split(" and ")).Where(n => !n.Contains(',', StringComparison.Ordinal))
            .GroupBy(n => Names(n).Single()).ToDictionary(g => g.Key, g => BibliometrixRow.Key(g.First()));
        Assert.Equal(
            rows.SelectMany(r => r.AU).Distinct().Select(k => whole.GetValueOrDefault(k, k)).Order(),
            Zhiku.Analytics.Bibliometrics.Productivity.Authors(works).Select(a => a.Name).Order());
        Assert.Equal(fullNames, works.SelectMany(w => w.Authors).Select(a => a.Name).Distinct().Count());
    }

    /// <summary>A Scopus entry (bib2df): its keywords are the indexer's, its author keywords are author_keywords.</summary>
    private static bool Scopus(Dictionary<string, string> entry) => Field(entry, "source") == "Scopus" || Field(entry, "author_keywords") is not null;

    /// <summary>TC: WoS's Times-Cited, Scopus's note "Cited by: N"; bibliometrix reads a missing count as 0.</summary>
    private static int CitedBy(Dictionary<string, string> entry)
    {
        if (Field(entry, "times-cited") is { } tc)
        {
            return int.Parse(tc, CultureInfo.InvariantCulture);
        }

        var note = Field(entry, "note") ?? string.Empty;
        return note.StartsWith("Cited by:", StringComparison.Ordinal)
            ? int.Parse(note[9..].Split(';')[0].Trim(), CultureInfo.InvariantCulture)
            : 0;
    }

    /// <summary>
    /// AU keys as bib2df's postprocessing builds them: the surname (before the first comma) and the capital letters of
    /// the given names (after the last comma); a name without a comma is its own surname and given names
    /// ("Komarudin" → "KOMARUDIN K", where Zhiku keeps "KOMARUDIN": one key for one name, so no count changes).
    /// </summary>
    private static IEnumerable<string> Names(string? authors)
    {
        foreach (var name in (authors ?? string.Empty).Split(" and ", StringSplitOptions.RemoveEmptyEntries))
        {
            var first = name.IndexOf(',', StringComparison.Ordinal);
            var surname = first < 0 ? name : name[..first];
            var capitals = string.Concat(name[(name.LastIndexOf(',') + 1)..].Where(char.IsUpper));
            var key = BibliometrixRow.Key(string.Concat((surname + " " + capitals).Replace(".", string.Empty, StringComparison.Ordinal)
                .Select(c => char.IsLetterOrDigit(c) || c is '-' or '\'' ? c : ' ')));
            if (key.Length > 0)
            {
                yield return key;
            }
        }
    }

    /// <summary>C1: WoS's Affiliation, one address a line (the reprint address first); Scopus's affiliations, ';' between addresses.</summary>
    private static IEnumerable<string> Addresses(Dictionary<string, string> entry) =>
        Scopus(entry)
            ? (Field(entry, "affiliations") ?? string.Empty).Split(';')
            : (Raw(entry, "affiliation") ?? string.Empty).Split('\n').Select(Plain);

    /// <summary>
    /// AU_CO of one address: the country name after its last comma ("…, Atlanta, GA 30332 USA." → USA). Deliberate difference, as for WoS plain
    /// text: an old US address ending in state and ZIP ("DAYTON,OH 45435.") names no country bibliometrix finds; Zhiku
    /// reads it as USA.
    /// </summary>
    private static string? Country(string address)
    {
        var last = address[(address.LastIndexOf(',') + 1)..].Trim().TrimEnd('.').Trim();
        return !address.Contains(',', StringComparison.Ordinal) || last.Length == 0 ? null
            : UsStateZip().IsMatch(last) || last.EndsWith(" USA", StringComparison.Ordinal) ? "USA"
            : last.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'') ? BibliometrixRow.Country(last)
            : null;
    }

    private static string? Field(Dictionary<string, string> entry, string name) =>
        Raw(entry, name) is { } raw && Plain(raw) is { Length: > 0 } text ? text : null;

    private static string? Raw(Dictionary<string, string> entry, string name) => entry.TryGetValue(name, out var v) ? v : null;

    /// <summary>A field's text: braces dropped, the escapes the exports use (\&amp; \% \_ \#) undone, white space collapsed.</summary>
    private static string Plain(string raw)
    {
        var text = raw.Replace("{", string.Empty, StringComparison.Ordinal).Replace("}", string.Empty, StringComparison.Ordinal)
            .Replace("\\&", "&", StringComparison.Ordinal).Replace("\\%", "%", StringComparison.Ordinal)
            .Replace("\\_", "_", StringComparison.Ordinal).Replace("\\#", "#", StringComparison.Ordinal);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>
    /// A plain reading of the entries: "@type{key," then "name = {value}" fields, a value running to its matching brace
    /// (or a quoted string, or a bare word). Anything before the first '@' (Scopus's EXPORT DATE preamble) is skipped.
    /// Field names lower-cased; values raw, with their line breaks.
    /// </summary>
    private static List<Dictionary<string, string>> Entries(string path)
    {
        var text = File.ReadAllText(path).Replace("\r\n", "\n", StringComparison.Ordinal);
        var entries = new List<Dictionary<string, string>>();
        var i = 0;
        while ((i = text.IndexOf('@', i)) >= 0)
        {
            i = text.IndexOf(',', text.IndexOf('{', i)) + 1;
            var entry = new Dictionary<string, string>(StringComparer.Ordinal);
            entries.Add(entry);
            while (true)
            {
                while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == ','))
                {
                    i++;
                }

                if (i >= text.Length || text[i] == '}')
                {
                    i++;
                    break;
                }

                var eq = text.IndexOf('=', i);
                var name = text[i..eq].Trim().ToLowerInvariant();
                i = eq + 1;
                while (char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                var value = new StringBuilder();
                if (text[i] == '{')
                {
                    var depth = 0;
                    do
                    {
                        depth += text[i] == '{' ? 1 : text[i] == '}' ? -1 : 0;
                        value.Append(text[i++]);
                    }
                    while (depth > 0);
                    value.Remove(0, 1).Remove(value.Length - 1, 1);
                }
                else if (text[i] == '"')
                {
                    var end = text.IndexOf('"', i + 1);
                    value.Append(text[(i + 1)..end]);
                    i = end + 1;
                }
                else
                {
                    while (text[i] != ',' && text[i] != '}' && text[i] != '\n')
                    {
                        value.Append(text[i++]);
                    }
                }

                entry[name] = value.ToString();
            }
        }

        return entries;
    }

    [GeneratedRegex(@"^[A-Z]{2} \d{5}(-\d{4})?$")]
    private static partial Regex UsStateZip();
}
