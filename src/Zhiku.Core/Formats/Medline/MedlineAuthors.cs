using Zhiku.Files.Tagged;
using Zhiku.Model;

namespace Zhiku.Formats.Medline;

/// <summary>Builds MEDLINE's authors in byline order: FAU (full name), AU (byline name), AUID and AD lines that follow them, CN group authors.</summary>
internal static class MedlineAuthors
{
    public static void Add(WorkRecord work, TaggedRecord record)
    {
        string? fullName = null, name = null;
        Dictionary<string, string> ids = [];
        List<string> affiliations = [];

        foreach (var (tag, value, _) in record.Fields)
        {
            var v = value.Trim();
            switch (tag)
            {
                case "FAU":
                    Flush();
                    fullName = v;
                    break;
                case "AU":
                    if (name is not null)
                    {
                        Flush();
                    }

                    name = v;
                    break;
                case "CN":
                    Flush();
                    name = v;
                    Flush();
                    break;
                case "AUID" when v.StartsWith("ORCID:", StringComparison.OrdinalIgnoreCase):
                    ids[IdSchemes.Orcid] = IdSchemes.Normalise(IdSchemes.Orcid, v[6..]);
                    break;
                case "AD" when name is not null || fullName is not null:
                    affiliations.Add(ValueText.OneLine(v));
                    break;
            }
        }

        Flush();
        foreach (var organisation in work.Authors.SelectMany(a => a.Affiliations).Distinct(StringComparer.Ordinal))
        {
            work.Organisations.Add(organisation);
        }

        void Flush()
        {
            if (name is not null || fullName is not null)
            {
                work.Authors.Add(new AuthorRecord
                {
                    Name = name ?? fullName!,
                    FullName = fullName,
                    Ids = ids,
                    Affiliations = affiliations,
                    Countries = [.. affiliations.Select(CountryOf).OfType<string>().Distinct(StringComparer.Ordinal)],
                });
            }

            name = fullName = null;
            ids = [];
            affiliations = [];
        }
    }

    /// <summary>
    /// The country of an AD line: its last comma part once a trailing e-mail ("… USA. jane@x.org", "Electronic
    /// address: …") and the final full stop are cut off; null when that part is not a plain name.
    /// </summary>
    internal static string? CountryOf(string address)
    {
        var text = address;
        var at = text.IndexOf("Electronic address", StringComparison.OrdinalIgnoreCase);
        if (at >= 0)
        {
            text = text[..at];
        }

        var sentences = text.Split(". ").Where(p => !p.Contains('@', StringComparison.Ordinal)).ToList();
        text = string.Join(". ", sentences).Trim().TrimEnd('.', ';').Trim();
        var last = text[(text.LastIndexOf(',') + 1)..].Trim();
        return text.Contains(',', StringComparison.Ordinal) && last.Length > 1 && last.All(c => char.IsLetter(c) || c is ' ' or '-' or '\'') ? last : null;
    }
}
