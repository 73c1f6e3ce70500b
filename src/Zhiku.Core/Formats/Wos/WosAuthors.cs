using System.Text.RegularExpressions;
using Zhiku.Model;

namespace Zhiku.Formats.Wos;

/// <summary>Builds the byline from AU/AF and links C1 addresses, RP (corresponding author) and OI (ORCID) to authors.</summary>
internal static partial class WosAuthors
{
    /// <summary>The authors of a record, in byline order.</summary>
    public static List<AuthorRecord> Build(WosTagRecord r, IReadOnlyList<WosAddress> addresses)
    {
        // CiteSpace's CNKI conversion writes "梁玖, " (trailing comma and space) on every AU/AF line.
        // Book records may have only book authors (BA/BF: scientopy_2026.txt's chapters), others only a group (CA).
        var (shortTag, fullTag) = r.Lines("AU").Any() || r.Lines("AF").Any() ? ("AU", "AF") : r.Lines("BA").Any() ? ("BA", "BF") : ("CA", "CA");
        var shortNames = r.Lines(shortTag).Select(CleanName).Where(n => n.Length > 0).ToList();
        var fullNames = r.Lines(fullTag).Select(CleanName).Where(n => n.Length > 0).ToList();
        if (shortNames.Count == 0)
        {
            shortNames = fullNames;
        }

        var withFull = fullNames.Count == shortNames.Count;
        var corresponding = Corresponding(r.Text("RP"));
        var orcids = Orcids(r.Text("OI"));
        var authors = new List<AuthorRecord>(shortNames.Count);
        for (var i = 0; i < shortNames.Count; i++)
        {
            var name = shortNames[i];
            var full = withFull && fullNames[i] != name ? fullNames[i] : null;
            var key = full ?? name;
            var mine = addresses.Count > 0 && addresses.All(a => a.Authors.Count == 0) && shortNames.Count == 1
                ? addresses
                : addresses.Where(a => a.Authors.Any(n => Same(n, full) || Same(n, name))).ToList();
            var author = new AuthorRecord
            {
                Name = name,
                FullName = full,
                Affiliations = [.. mine.Select(a => a.Address).Distinct(StringComparer.Ordinal)],
                Countries = [.. mine.Select(a => a.Country).OfType<string>().Distinct(StringComparer.Ordinal)],
                IsCorresponding = corresponding.Count > 0 ? corresponding.Contains(name) : null,
            };
            // OI names may drop a middle initial of AF ("Nasuto, Slawomir" for "Nasuto, Slawomir J.").
            var orcid = orcids.GetValueOrDefault(key) ?? orcids.GetValueOrDefault(name)
                ?? orcids.FirstOrDefault(o => key.StartsWith(o.Key + " ", StringComparison.OrdinalIgnoreCase)).Value;
            if (orcid is not null)
            {
                author.Ids[IdSchemes.Orcid] = IdSchemes.Normalise(IdSchemes.Orcid, orcid);
            }

            authors.Add(author);
        }

        return authors;
    }

    private static string CleanName(string value) => value.Trim().TrimEnd(',').Trim();

    private static bool Same(string a, string? b) => b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The names before "(corresponding author)" / "(reprint author)" in RP.</summary>
    private static HashSet<string> Corresponding(string? rp)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        if (rp is not null)
        {
            foreach (Match m in CorrespondingPattern().Matches(rp))
            {
                names.Add(m.Groups[1].Value.Trim());
            }
        }

        return names;
    }

    /// <summary>OI: "Saputro, Nico/0000-0002-0842-1155; Roundy, Shad/0000-…".</summary>
    private static Dictionary<string, string> Orcids(string? oi)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in (oi ?? string.Empty).Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var slash = entry.LastIndexOf('/');
            if (slash > 0 && slash < entry.Length - 1)
            {
                map.TryAdd(entry[..slash].Trim(), entry[(slash + 1)..].Trim());
            }
        }

        return map;
    }

    [GeneratedRegex(@"(?:^|;\s*|\.\s+)([^;()]+?)\s*\((?:corresponding|reprint) author\)", RegexOptions.IgnoreCase)]
    private static partial Regex CorrespondingPattern();
}
