using Zhiku.Importing.Formats.Tagged;
using Zhiku.Model;

namespace Zhiku.Importing.Formats.Medline;

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
                });
            }

            name = fullName = null;
            ids = [];
            affiliations = [];
        }
    }
}
