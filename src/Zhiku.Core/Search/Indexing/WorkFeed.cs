using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Enrichments;
using Zhiku.Storage.Feed;

namespace Zhiku.Search.Indexing;

/// <summary>
/// Reads the works changed after a sequence number, in sequence order, with their latest state and linked registry
/// organisations. Accepted keyword enrichments come as the work's machine keywords, so they count in search and the
/// keyword facet while the stored source values stay as they are.
/// </summary>
internal static class WorkFeed
{
    public static IEnumerable<IndexedWork> Since(StoreReader db, long after, long upTo)
    {
        var linked = FeedRows.LinkedOrganisations(db, after, upTo).ToLookup(l => l.WorkId, l => l.Name);
        var keywords = EnrichmentRows.AcceptedSince(db, KeywordField, after, upTo).ToLookup(k => k.WorkId, k => k.Value);
        return FeedRows.Since(db, after, upTo).Select(row => new IndexedWork(
            row.Id, row.Owner, AccessLevels.Parse(row.Access), WithKeywords(StoreJson.Deserialize<WorkRecord>(row.Document), keywords[row.Id]), row.Sequence,
            [.. linked[row.Id]]));
    }

    public static IndexedWork? Of(StoreReader db, long id) => FeedRows.OfWork(db, id) is { } row
        ? new IndexedWork(row.Id, row.Owner, AccessLevels.Parse(row.Access),
            WithKeywords(StoreJson.Deserialize<WorkRecord>(row.Document), EnrichmentRows.AcceptedOf(db, KeywordField, id)), row.Sequence,
            [.. FeedRows.LinkedOrganisationsOf(db, id)])
        : null;

    private const string KeywordField = "keywords";

    /// <summary>Gives a work its accepted keyword enrichments as machine keywords, skipping those the source already gives.</summary>
    internal static WorkRecord WithKeywords(WorkRecord work, IEnumerable<string> accepted)
    {
        foreach (var keyword in accepted)
        {
            if (!work.AuthorKeywords.Concat(work.IndexKeywords).Concat(work.MachineKeywords).Contains(keyword, StringComparer.OrdinalIgnoreCase))
            {
                work.MachineKeywords.Add(keyword);
            }
        }

        return work;
    }
}
