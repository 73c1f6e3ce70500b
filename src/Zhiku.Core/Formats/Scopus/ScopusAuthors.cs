using System.Text.RegularExpressions;
using Zhiku.Model;
using Zhiku.Text.Addresses;

namespace Zhiku.Formats.Scopus;

/// <summary>Builds Scopus bylines: Authors, Author full names (with Scopus IDs), Author(s) ID, Authors with affiliations.</summary>
internal static partial class ScopusAuthors
{
    /// <summary>The authors of a row, in byline order.</summary>
    public static List<AuthorRecord> Build(ScopusRow row)
    {
        var cell = row["Authors"];
        if (cell is null || cell.StartsWith("[No author", StringComparison.OrdinalIgnoreCase))
        {
            return [];
        }

        // Old layout: "Yagai T., Kimura Y."; new layout (2023+): "Liu F.; Li C.".
        var names = cell.Contains(';', StringComparison.Ordinal)
            ? cell.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            : cell.Split(", ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var fullNames = row.Split("Author full names").ToList();
        var ids = row.Split("Author(s) ID").ToList();
        var withAffiliations = row.Split("Authors with affiliations").ToList();
        var affiliations = row.Split("Affiliations").ToList();
        var corresponding = row["Correspondence Address"]?.Split(';')[0].Trim();
        if (corresponding is not null && !names.Any(n => Tokens(n) == Tokens(corresponding)))
        {
            corresponding = null; // old exports often give only the address, no name
        }

        var authors = new List<AuthorRecord>(names.Length);
        for (var i = 0; i < names.Length; i++)
        {
            var name = names[i];
            string? full = null, id = null;
            if (fullNames.Count == names.Length && FullName().Match(fullNames[i]) is { Success: true } m)
            {
                full = m.Groups["name"].Value.Trim();
                id = m.Groups["id"].Success ? m.Groups["id"].Value : null;
            }

            id ??= ids.Count == names.Length ? ids[i] : null;
            var own = AffiliationsOf(name, withAffiliations.Count == names.Length ? withAffiliations[i] : null, affiliations);
            var author = new AuthorRecord
            {
                Name = name,
                FullName = full,
                Affiliations = own,
                Countries = [.. own.Select(CountryOf).OfType<string>().Distinct(StringComparer.Ordinal)],
                IsCorresponding = corresponding is null ? null : Tokens(corresponding) == Tokens(name),
            };
            if (id is not null)
            {
                author.Ids[IdSchemes.ScopusAuthor] = id;
            }

            authors.Add(author);
        }

        return authors;
    }

    /// <summary>The country of an affiliation: its last comma part ("…, Vienna, Austria" → "Austria").</summary>
    public static string? CountryOf(string affiliation) =>
        AddressCountry.LastPart(affiliation) is { } part && AddressCountry.IsName(part) ? part : null;

    /// <summary>
    /// The affiliations of one "Authors with affiliations" entry ("Rahmani, A.M., Dept X, Univ Y, USA, Inst Z, Austria"):
    /// the name is dropped, and the row's Affiliations list tells where one affiliation ends and the next begins.
    /// </summary>
    private static List<string> AffiliationsOf(string name, string? entry, List<string> known)
    {
        if (entry is null)
        {
            return [];
        }

        string? rest = null;
        foreach (var prefix in (string[])[name, ReplaceFirstSpace(name)])
        {
            if (entry.StartsWith(prefix + ",", StringComparison.Ordinal))
            {
                rest = entry[(prefix.Length + 1)..].Trim();
                break;
            }
        }

        if (string.IsNullOrEmpty(rest))
        {
            return [];
        }

        var found = known.Select(a => (a, at: rest.IndexOf(a, StringComparison.Ordinal)))
            .Where(x => x.at >= 0).OrderBy(x => x.at).Select(x => x.a).Distinct(StringComparer.Ordinal).ToList();
        found.RemoveAll(a => found.Any(b => b.Length > a.Length && b.Contains(a, StringComparison.Ordinal)));
        return found.Count > 0 ? found : [rest];
    }

    private static string ReplaceFirstSpace(string name) =>
        name.LastIndexOf(' ') is var i and > 0 ? $"{name[..i]}, {name[(i + 1)..]}" : name;

    /// <summary>The name's letters as a sorted token list, so "Y. Li" and "Li Y." compare equal.</summary>
    private static string Tokens(string name) =>
        string.Join(' ', name.Split([' ', ',', '.'], StringSplitOptions.RemoveEmptyEntries).Select(t => t.ToLowerInvariant()).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"^(?<name>.*?)\s*(?:\((?<id>\d+)\))?$")]
    private static partial Regex FullName();
}
