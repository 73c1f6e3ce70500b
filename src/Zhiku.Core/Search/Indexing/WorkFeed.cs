using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Feed;

namespace Zhiku.Search.Indexing;

/// <summary>Reads the works changed after a sequence number, in sequence order, with their latest state and linked registry organisations.</summary>
internal static class WorkFeed
{
    public static IEnumerable<IndexedWork> Since(StoreReader db, long after, long upTo)
    {
        var linked = FeedRows.LinkedOrganisations(db, after, upTo).ToLookup(l => l.WorkId, l => l.Name);
        return FeedRows.Since(db, after, upTo).Select(row => new IndexedWork(
            row.Id, row.Owner, AccessLevels.Parse(row.Access), StoreJson.Deserialize<WorkRecord>(row.Document), row.Sequence,
            [.. linked[row.Id]]));
    }

    public static IndexedWork? Of(StoreReader db, long id) => FeedRows.OfWork(db, id) is { } row
        ? new IndexedWork(row.Id, row.Owner, AccessLevels.Parse(row.Access), StoreJson.Deserialize<WorkRecord>(row.Document), row.Sequence,
            [.. FeedRows.LinkedOrganisationsOf(db, id)])
        : null;
}
