using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Feed;

namespace Zhiku.Search.Indexing;

/// <summary>Reads the works changed after a sequence number, in sequence order, with their latest state.</summary>
internal static class WorkFeed
{
    public static IEnumerable<IndexedWork> Since(StoreReader db, long after, long upTo) =>
        FeedRows.Since(db, after, upTo).Select(row => new IndexedWork(
            row.Id, row.Owner, AccessLevels.Parse(row.Access), StoreJson.Deserialize<WorkRecord>(row.Document), row.Sequence));
}
