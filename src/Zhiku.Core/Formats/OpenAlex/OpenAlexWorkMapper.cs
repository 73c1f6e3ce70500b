using System.Text.Json;
using Zhiku.Files.JsonFiles;
using Zhiku.Model;

namespace Zhiku.Formats.OpenAlex;

/// <summary>Maps an OpenAlex work object (API result, snapshot line or single entity) to a <see cref="WorkRecord"/>.</summary>
internal static class OpenAlexWorkMapper
{
    /// <summary>The work, or null with a reason when the object has no title.</summary>
    public static WorkRecord? Map(JsonElement w, out string? problem)
    {
        problem = null;
        var title = w.Str("title") ?? w.Str("display_name");
        if (title is null)
        {
            problem = $"OpenAlex work {w.Str("id") ?? "(no id)"} has no title or display_name";
            return null;
        }

        var language = w.Str("language") is { Length: 2 } lang ? lang : null;
        // Older API responses ("host_venue") name the source there instead of primary_location.
        var source = w.Get("primary_location.source") ?? w.Get("host_venue");
        var work = new WorkRecord
        {
            Kind = OpenAlexKinds.Of(w.Str("type"), source?.Str("type")),
            DocumentType = w.Str("type"),
            Language = language,
            Year = w.Int("publication_year"),
            Date = w.Str("publication_date") ?? w.Str("publication_year"),
            Source = source?.Str("display_name"),
            Issn = source?.Str("issn_l") ?? source?.Texts("issn").FirstOrDefault(),
            Publisher = source?.Str("host_organization_name") ?? source?.Str("publisher"),
            Volume = w.Str("biblio.volume"),
            Issue = w.Str("biblio.issue"),
            Pages = Pages(w.Str("biblio.first_page"), w.Str("biblio.last_page")),
            CitedByCount = w.Int("cited_by_count"),
            Url = w.Str("primary_location.landing_page_url") ?? w.Str("doi"),
        };
        work.AddTitle(title, language ?? LanguageGuess.Of(title));
        var abstractText = InvertedAbstract.Rebuild(w.Get("abstract_inverted_index")) ?? InvertedAbstract.Rebuild(w.Get("abstract_inverted_index_v3"));
        work.AddAbstract(abstractText, language ?? LanguageGuess.Of(abstractText));

        work.AddIdentifier(IdSchemes.OpenAlex, w.Str("id"));
        work.AddIdentifier(IdSchemes.Doi, w.Str("doi") ?? w.Str("ids.doi"));
        work.AddIdentifier(IdSchemes.Pmid, LastSegment(w.Str("ids.pmid")));
        work.AddIdentifier(IdSchemes.Pmcid, Pmcid(w.Str("ids.pmcid")));

        AddAuthors(w, work);
        work.IndexKeywords.AddRange(w.Texts("keywords", "display_name").Concat(w.Texts("mesh", "descriptor_name")).Distinct(StringComparer.OrdinalIgnoreCase));
        work.Subjects.AddRange(w.Texts("topics", "display_name").Concat(w.Texts("concepts", "display_name")).Distinct(StringComparer.OrdinalIgnoreCase));
        work.References.AddRange(w.Texts("referenced_works").Select(id => IdSchemes.Normalise(IdSchemes.OpenAlex, id)));
        AddFunding(w, work);
        AddExtra(w, work);
        return work;
    }

    private static void AddAuthors(JsonElement w, WorkRecord work)
    {
        foreach (var a in w.Array("authorships"))
        {
            var name = a.Str("author.display_name") ?? a.Str("raw_author_name");
            if (name is null)
            {
                continue;
            }

            var institutions = a.Texts("institutions", "display_name").ToList();
            var author = new AuthorRecord
            {
                Name = name,
                FullName = a.Str("raw_author_name") is { } raw && raw != name ? raw : null,
                Affiliations = institutions.Count > 0 ? institutions : [.. a.Texts("raw_affiliation_strings")],
                Countries = [.. a.Texts("countries")],
                IsCorresponding = a.Bool("is_corresponding"),
            };
            if (author.Countries.Count == 0)
            {
                author.Countries.AddRange(a.Texts("institutions", "country_code").Distinct(StringComparer.Ordinal));
            }

            AddId(author, IdSchemes.OpenAlex, a.Str("author.id"));
            AddId(author, IdSchemes.Orcid, a.Str("author.orcid"));
            work.Authors.Add(author);
            foreach (var institution in institutions)
            {
                if (!work.Organisations.Contains(institution, StringComparer.Ordinal))
                {
                    work.Organisations.Add(institution);
                }
            }
        }
    }

    private static void AddFunding(JsonElement w, WorkRecord work)
    {
        foreach (var grant in w.Array("grants"))
        {
            var funder = grant.Str("funder_display_name") ?? grant.Str("funder");
            var award = grant.Str("award_id");
            var text = award is null ? funder : funder is null ? award : $"{funder}, {award}";
            if (text is not null)
            {
                work.Funding.Add(text);
            }
        }

        foreach (var funder in w.Texts("funders", "display_name"))
        {
            if (!work.Funding.Any(f => f.StartsWith(funder, StringComparison.Ordinal)))
            {
                work.Funding.Add(funder);
            }
        }
    }

    private static void AddExtra(JsonElement w, WorkRecord work)
    {
        Put(work, "type_crossref", w.Str("type_crossref"));
        Put(work, "ids.mag", w.Str("ids.mag"));
        Put(work, "fwci", w.Str("fwci"));
        Put(work, "open_access.oa_status", w.Str("open_access.oa_status"));
        Put(work, "primary_topic", w.Str("primary_topic.display_name"));
        Put(work, "primary_location.source.id", w.Str("primary_location.source.id"));
        if (w.Bool("is_retracted") == true)
        {
            Put(work, "is_retracted", "true");
        }
    }

    /// <summary>Adds an id to an author when present, normalised.</summary>
    internal static void AddId(AuthorRecord author, string scheme, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            author.Ids[scheme] = IdSchemes.Normalise(scheme, value);
        }
    }

    /// <summary>"8-15", or "8" when the range is one page.</summary>
    internal static string? Pages(string? first, string? last) =>
        first is null ? last : last is null || last == first ? first : $"{first}-{last}";

    /// <summary>The last path segment of an identifier URL ("https://pubmed.ncbi.nlm.nih.gov/18591667" → "18591667").</summary>
    internal static string? LastSegment(string? url) => url?.TrimEnd('/') is { } v ? v[(v.LastIndexOf('/') + 1)..] : null;

    /// <summary>"PMC2453743" from a PMC URL or bare number.</summary>
    internal static string? Pmcid(string? value) => LastSegment(value) is { Length: > 0 } id
        ? id.StartsWith("PMC", StringComparison.OrdinalIgnoreCase) ? id.ToUpperInvariant() : "PMC" + id
        : null;

    private static void Put(WorkRecord work, string key, string? value)
    {
        if (value is not null)
        {
            work.Extra[key] = value;
        }
    }
}
