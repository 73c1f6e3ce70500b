using System.Text.RegularExpressions;
using Zhiku.Files.Tagged;
using Zhiku.Model;
using Zhiku.Text.Addresses;

namespace Zhiku.Formats.BibTex;

/// <summary>
/// The countries of an entry's addresses (record and authors), read as bibliometrix's bib2df reads the addresses into C1. WoS writes
/// <c>affiliation</c> one address a line: the corresponding author's first ("Yan, SM (Reprint Author), E China Univ
/// …, Peoples R China."), then each address after the full names of its authors ("Yan, Su-mei; Sun, Ji-qing, E China
/// Univ …"), older records without names; its <c>affiliations</c> names institutions (C3). Scopus writes
/// <c>affiliations</c>, addresses separated by ';' and tied to no author.
/// </summary>
internal static partial class BibTexAffiliations
{
    public static void Apply(WorkRecord work, FieldBag f, bool scopus)
    {
        if (scopus)
        {
            var addresses = ValueText.Split(f.Text("affiliations") ?? f.Text("affiliation"), ';').Distinct(StringComparer.Ordinal).ToList();
            work.Organisations.AddRange(addresses);
            work.Countries.AddRange(addresses.Select(Country).OfType<string>().Distinct(StringComparer.Ordinal));
            return;
        }

        // Read, not consumed: the field stays in Extra as the file gives it.
        var lines = (f.PeekRaw("affiliation") ?? string.Empty).Split('\n').Select(LatexText.ToUnicode).Where(l => l.Length > 0).ToList();
        var institutions = ValueText.Split(f.Text("affiliations"), ';');
        var read = lines.Select(l => Read(l, work.Authors)).ToList();
        work.Organisations.AddRange((institutions.Count > 0 ? institutions : read.Where(a => !a.Reprint).Select(a => Institution(a.Address)))
            .Distinct(StringComparer.OrdinalIgnoreCase));
        work.Countries.AddRange(read.Select(a => Country(a.Address)).OfType<string>().Distinct(StringComparer.Ordinal));
        LinkAuthors(work, read);
    }

    /// <summary>
    /// Each author's countries, the corresponding author's reprint address first (bibliometrix's AU1_CO); a single author
    /// without named addresses has them all, as in WoS plain text. The addresses themselves are not copied into the
    /// work's or the authors' affiliations: the RIS and WoS exports would read them back as other organisations or
    /// as other authors' addresses, so that the records would no longer round-trip.
    /// </summary>
    private static void LinkAuthors(WorkRecord work, List<AddressLine> read)
    {
        var named = read.Any(a => !a.Reprint && a.Authors.Count > 0);
        var corresponding = read.Where(a => a.Reprint).SelectMany(a => a.Authors).ToHashSet();
        for (var i = 0; i < work.Authors.Count; i++)
        {
            var mine = read.Where(a => a.Authors.Contains(i) || (!named && !a.Reprint && work.Authors.Count == 1))
                .OrderByDescending(a => a.Reprint).Select(a => a.Address).Distinct(StringComparer.Ordinal).ToList();
            work.Authors[i] = work.Authors[i] with
            {
                Countries = [.. mine.Select(Country).OfType<string>().Distinct(StringComparer.Ordinal)],
                IsCorresponding = corresponding.Count > 0 ? corresponding.Contains(i) : null,
            };
        }
    }

    private static AddressLine Read(string line, List<AuthorRecord> authors)
    {
        if (ReprintLine().Match(line) is { Success: true } reprint)
        {
            var index = authors.FindIndex(a => SameInitial(a.Name, reprint.Groups["name"].Value));
            return new AddressLine(reprint.Groups["address"].Value.Trim(), index < 0 ? [] : [index], Reprint: true);
        }

        // "Yan, Su-mei; Sun, Ji-qing, E China Univ …": the byline's names, ';' between them, ',' before the address.
        var found = new List<int>();
        var at = 0;
        while (true)
        {
            var index = Enumerable.Range(0, authors.Count).Where(i => !found.Contains(i))
                .OrderByDescending(i => authors[i].Name.Length)
                .FirstOrDefault(i => string.CompareOrdinal(line, at, authors[i].Name, 0, authors[i].Name.Length) == 0
                    && line.Length > at + authors[i].Name.Length && line[at + authors[i].Name.Length] is ';' or ',', -1);
            if (index < 0)
            {
                break;
            }

            found.Add(index);
            at += authors[index].Name.Length + 1;
            if (line[at - 1] == ',')
            {
                return new AddressLine(line[at..].Trim(), found, Reprint: false);
            }

            at += line.Length > at && line[at] == ' ' ? 1 : 0;
        }

        // No name, or a name the byline spells otherwise ("Klimo, Paul, Jr."): the line is the address.
        return new AddressLine(line, found, Reprint: false);
    }

    /// <summary>
    /// "Yan, SM" names "Yan, Su-mei": the same surname and first initial; WoS's short form may keep only the last words
    /// of a surname ("Gomez-Ruiz, JA" for "Antonio Gomez-Ruiz, Jose").
    /// </summary>
    private static bool SameInitial(string name, string shortName)
    {
        static (string Surname, char Initial) Parts(string n)
        {
            var comma = n.IndexOf(',', StringComparison.Ordinal);
            var given = comma < 0 ? string.Empty : n[(comma + 1)..].Trim();
            return ((comma < 0 ? n : n[..comma]).Trim(), given.Length > 0 ? char.ToUpperInvariant(given[0]) : ' ');
        }

        var (a, b) = (Parts(name), Parts(shortName.Trim()));
        return a.Initial == b.Initial && b.Surname.Length > 0
            && (string.Equals(a.Surname, b.Surname, StringComparison.OrdinalIgnoreCase) || a.Surname.EndsWith(" " + b.Surname, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The country of an address, as the WoS and Scopus importers read it: its last comma part ("…, Shanghai 200237,
    /// Peoples R China."), USA for a US one ("…, Atlanta, GA 30332 USA.", or only state and ZIP in older records);
    /// nothing when that part is no name ("…, Grenoble France 38000 (e-mail: …)").
    /// </summary>
    private static string? Country(string address) =>
        AddressCountry.LastPart(address)?.Trim() is not { Length: > 0 } last ? null
            : last == "USA" || last.EndsWith(" USA", StringComparison.Ordinal) || UsStateZip().IsMatch(last) ? "USA"
            : AddressCountry.IsName(last) ? last
            : null;

    /// <summary>The institution of an address: its first comma part ("E China Univ Sci &amp; Technol").</summary>
    private static string Institution(string address) => address.Split(',', 2)[0].Trim();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?:Reprint|Corresponding) Author\),\s*(?<address>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex ReprintLine();

    [GeneratedRegex(@"^[A-Z]{2} \d{5}(-\d{4})?$")]
    private static partial Regex UsStateZip();

    /// <summary>One address line: the address, the byline positions of the authors it names, whether it is the reprint address.</summary>
    private sealed record AddressLine(string Address, List<int> Authors, bool Reprint);
}
