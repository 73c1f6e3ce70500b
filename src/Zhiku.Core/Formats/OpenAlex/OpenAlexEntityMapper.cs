using System.Text.Json;
using Zhiku.Files;
using Zhiku.Files.JsonFiles;
using Zhiku.Model;

namespace Zhiku.Formats.OpenAlex;

/// <summary>
/// Maps one OpenAlex object of any entity type by its id's letter: works (W), authors (A), institutions (I), funders (F)
/// and publishers (P). Sources, concepts, topics and keywords have no Zhiku entity and come back as errors that say so.
/// </summary>
internal static class OpenAlexEntityMapper
{
    /// <summary>The item for one OpenAlex object.</summary>
    public static ImportItem Map(JsonElement e, RecordPosition position)
    {
        var id = e.Str("id") ?? string.Empty;
        var key = IdSchemes.Normalise(IdSchemes.OpenAlex, id);
        if (id.Contains("/keywords/", StringComparison.Ordinal))
        {
            return Skip(position, "keyword", key);
        }

        switch (key.Length > 0 ? key[0] : '?')
        {
            case 'W':
                var work = OpenAlexWorkMapper.Map(e, out var problem);
                return work is null ? new RecordError(position, problem!) : new ImportedWork(position, work);
            case 'A':
                return Person(e, key, position);
            case 'I':
                return new ImportedOrganisation(position, Organisation(e, OpenAlexKinds.Organisation(e.Str("type"))));
            case 'F':
                return new ImportedOrganisation(position, Organisation(e, OrganisationType.Funder));
            case 'P':
                return new ImportedOrganisation(position, Organisation(e, OrganisationType.Publisher));
            case 'S' or 'V':
                return Skip(position, "source", key);
            case 'C':
                return Skip(position, "concept", key);
            case 'T':
                return Skip(position, "topic", key);
            default:
                return new RecordError(position, $"not an OpenAlex entity: id '{id}' is not an openalex.org id");
        }
    }

    private static RecordError Skip(RecordPosition position, string type, string key) =>
        new(position, $"OpenAlex {type} records are not imported: Zhiku has no {char.ToUpperInvariant(type[0])}{type[1..]} entity ({key})");

    private static ImportItem Person(JsonElement e, string key, RecordPosition position)
    {
        var name = e.Str("display_name");
        if (name is null || (name == "Deleted Author" && e.Int("works_count") == 0))
        {
            return new RecordError(position, $"OpenAlex author {key} is a deleted-author placeholder with no name: skipped");
        }

        var person = new PersonRecord { Name = name };
        person.Ids[IdSchemes.OpenAlex] = key;
        if ((e.Str("orcid") ?? e.Str("ids.orcid")) is { } orcid)
        {
            person.Ids[IdSchemes.Orcid] = IdSchemes.Normalise(IdSchemes.Orcid, orcid);
        }

        if (e.Str("ids.scopus") is { } scopus && ScopusAuthorId(scopus) is { } scopusId)
        {
            person.Ids[IdSchemes.ScopusAuthor] = scopusId;
        }

        // Current API: last_known_institutions (list) and affiliations history; older API: last_known_institution.
        var institutions = e.Array("last_known_institutions")
            .Concat(e.Get("last_known_institution") is { } one ? [one] : [])
            .Concat(e.Array("affiliations").Select(a => a.Get("institution")).OfType<JsonElement>());
        foreach (var institution in institutions)
        {
            if (institution.Str("display_name") is { } org && !person.Affiliations.Contains(org, StringComparer.Ordinal))
            {
                person.Affiliations.Add(org);
                person.Country ??= institution.Str("country_code");
            }
        }

        person.Expertise.AddRange(e.Texts("topics", "display_name").Take(10));
        if (person.Expertise.Count == 0)
        {
            person.Expertise.AddRange(e.Texts("x_concepts", "display_name").Take(10));
        }

        Put(person.Extra, "display_name_alternatives", string.Join("; ", e.Texts("display_name_alternatives")));
        Put(person.Extra, "works_count", e.Str("works_count"));
        Put(person.Extra, "cited_by_count", e.Str("cited_by_count"));
        Put(person.Extra, "summary_stats.h_index", e.Str("summary_stats.h_index"));
        return new ImportedPerson(position, person);
    }

    private static OrganisationRecord Organisation(JsonElement e, OrganisationType type)
    {
        var org = new OrganisationRecord
        {
            Name = e.Str("display_name") ?? e.Str("id") ?? "(unnamed)",
            Type = type,
            Country = e.Str("country_code") ?? e.Str("geo.country_code") ?? e.Texts("country_codes").FirstOrDefault(),
            City = e.Str("geo.city"),
            Url = e.Str("homepage_url"),
            Description = e.Str("description"),
            Parent = e.Array("associated_institutions").FirstOrDefault(a => a.Str("relationship") == "parent") is { ValueKind: JsonValueKind.Object } parent
                ? parent.Str("display_name")
                : null,
        };
        org.Ids[IdSchemes.OpenAlex] = IdSchemes.Normalise(IdSchemes.OpenAlex, e.Str("id") ?? string.Empty);
        if ((e.Str("ror") ?? e.Str("ids.ror")) is { } ror)
        {
            org.Ids[IdSchemes.Ror] = OpenAlexWorkMapper.LastSegment(ror)!;
        }

        Put(org.Ids, "wikidata", OpenAlexWorkMapper.LastSegment(e.Str("ids.wikidata")));
        Put(org.Ids, "grid", e.Str("ids.grid"));
        Put(org.Ids, "crossref", e.Str("ids.crossref"));
        Put(org.Extra, "type", e.Str("type"));
        Put(org.Extra, "display_name_acronyms", string.Join("; ", e.Texts("display_name_acronyms")));
        Put(org.Extra, "alternate_names", string.Join("; ", e.Texts("display_name_alternatives").Concat(e.Texts("alternate_titles"))));
        Put(org.Extra, "works_count", e.Str("works_count"));
        return org;
    }

    /// <summary>The author id in a Scopus author URL ("…authorDetails.url?authorID=36455008000&amp;partnerID=…").</summary>
    private static string? ScopusAuthorId(string url)
    {
        var at = url.IndexOf("authorID=", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return url.All(char.IsAsciiDigit) ? url : null;
        }

        var id = url[(at + 9)..];
        var end = id.IndexOf('&', StringComparison.Ordinal);
        return end >= 0 ? id[..end] : id;
    }

    private static void Put(IDictionary<string, string> target, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            target[key] = value;
        }
    }
}
