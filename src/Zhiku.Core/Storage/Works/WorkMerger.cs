using Zhiku.Model;

namespace Zhiku.Storage.Works;

/// <summary>One source's record of a work with the id of its <c>work_sources</c> row.</summary>
internal sealed record SourcedRecord(long SourceId, WorkRecord Record);

/// <summary>The merged record of a work and, for every field, the source that supplied it.</summary>
internal sealed record MergedWork(WorkRecord Record, SortedDictionary<string, long> Provenance);

/// <summary>
/// Merges the records several sources hold of one work. Sources are taken in import order: the first source to give a
/// scalar field supplies it; lists of keywords, subjects, identifiers and titles in other languages are united; the
/// longest reference list and the highest citation count win (a newer export has counted more citations).
/// </summary>
internal static class WorkMerger
{
    public static MergedWork Merge(IReadOnlyList<SourcedRecord> sources)
    {
        var merged = new WorkRecord();
        var provenance = new SortedDictionary<string, long>(StringComparer.Ordinal);

        void Scalar<T>(string field, Func<WorkRecord, T?> get, Action<T> set, IReadOnlyList<SourcedRecord>? order = null)
        {
            foreach (var (id, record) in order ?? sources)
            {
                var value = get(record);
                if (value is not null && (value is not string s || s.Length > 0))
                {
                    set(value);
                    provenance[field] = id;
                    return;
                }
            }
        }

        var kindSource = sources.FirstOrDefault(s => s.Record.Kind != WorkKind.Other) ?? sources[0];
        merged.Kind = kindSource.Record.Kind;
        provenance["kind"] = kindSource.SourceId;

        MergeTexts(sources, r => r.Titles, merged.Titles, "titles", provenance);
        MergeTexts(sources, r => r.Abstracts, merged.Abstracts, "abstracts", provenance);

        var authorSource = sources.FirstOrDefault(s => s.Record.Authors.Count > 0);
        if (authorSource is not null)
        {
            merged.Authors = [.. authorSource.Record.Authors];
            provenance["authors"] = authorSource.SourceId;
        }

        foreach (var (id, record) in sources)
        {
            foreach (var (scheme, value) in record.Identifiers)
            {
                if (merged.Identifiers.TryAdd(scheme, value))
                {
                    provenance["identifiers." + scheme] = id;
                }
            }

            foreach (var (key, value) in record.Extra)
            {
                if (merged.Extra.TryAdd(key, value))
                {
                    provenance["extra." + key] = id;
                }
            }
        }

        Union(sources, r => r.Organisations, merged.Organisations, "organisations", provenance);
        Union(sources, r => r.Affiliations, merged.Affiliations, "affiliations", provenance);
        Union(sources, r => r.Countries, merged.Countries, "countries", provenance);
        Union(sources, r => r.AuthorKeywords, merged.AuthorKeywords, "authorKeywords", provenance);
        Union(sources, r => r.IndexKeywords, merged.IndexKeywords, "indexKeywords", provenance);
        Union(sources, r => r.Subjects, merged.Subjects, "subjects", provenance);
        Union(sources, r => r.Funding, merged.Funding, "funding", provenance);
        Union(sources, r => r.Classifications, merged.Classifications, "classifications", provenance);

        Scalar("source", r => r.Source, v => merged.Source = v);
        Scalar("sourceAbbreviation", r => r.SourceAbbreviation, v => merged.SourceAbbreviation = v);
        Scalar("publisher", r => r.Publisher, v => merged.Publisher = v);
        Scalar("volume", r => r.Volume, v => merged.Volume = v);
        Scalar("issue", r => r.Issue, v => merged.Issue = v);
        Scalar("pages", r => r.Pages, v => merged.Pages = v);
        Scalar("issn", r => r.Issn, v => merged.Issn = v);
        // The issued version of an article dates it, not its online-first (网络首发) version imported before.
        var issuedFirst = sources.OrderBy(s => WorkMatchKeys.IsOnlineFirst(s.Record)).ToList();
        Scalar("year", r => r.Year, v => merged.Year = v, issuedFirst);
        Scalar("date", r => r.Date, v => merged.Date = v, issuedFirst);
        Scalar("language", r => r.Language, v => merged.Language = v);
        Scalar("documentType", r => r.DocumentType, v => merged.DocumentType = v);
        Scalar("url", r => r.Url, v => merged.Url = v);
        Scalar("fullText", r => r.FullText, v => merged.FullText = v);
        Scalar("issuingBody", r => r.IssuingBody, v => merged.IssuingBody = v);

        var referenceSource = sources.MaxBy(s => s.Record.References.Count);
        if (referenceSource is { Record.References.Count: > 0 })
        {
            merged.References = [.. referenceSource.Record.References];
            provenance["references"] = referenceSource.SourceId;
        }

        var citedSource = sources.Where(s => s.Record.CitedByCount is not null).MaxBy(s => s.Record.CitedByCount);
        if (citedSource is not null)
        {
            merged.CitedByCount = citedSource.Record.CitedByCount;
            provenance["citedByCount"] = citedSource.SourceId;
        }

        return new MergedWork(merged, provenance);
    }

    private static void MergeTexts(
        IReadOnlyList<SourcedRecord> sources, Func<WorkRecord, List<LangText>> get, List<LangText> target,
        string field, SortedDictionary<string, long> provenance)
    {
        foreach (var (id, record) in sources)
        {
            foreach (var text in get(record))
            {
                // One text per language: the first source to give a language supplies it.
                if (!target.Exists(t => t.Lang == text.Lang))
                {
                    target.Add(text);
                    provenance[$"{field}.{text.Lang ?? "und"}"] = id;
                }
            }
        }
    }

    private static void Union<T>(
        IReadOnlyList<SourcedRecord> sources, Func<WorkRecord, List<T>> get, List<T> target,
        string field, SortedDictionary<string, long> provenance)
        where T : notnull
    {
        var seen = new HashSet<T>(typeof(T) == typeof(string) ? (IEqualityComparer<T>)StringComparer.OrdinalIgnoreCase : EqualityComparer<T>.Default);
        foreach (var (id, record) in sources)
        {
            var added = false;
            foreach (var value in get(record))
            {
                if (seen.Add(value))
                {
                    target.Add(value);
                    added = true;
                }
            }

            if (added)
            {
                provenance[$"{field}#{id}"] = id;
            }
        }
    }
}
