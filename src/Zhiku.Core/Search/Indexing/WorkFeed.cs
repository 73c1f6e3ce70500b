using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Search.Indexing;

/// <summary>Reads the works changed after a sequence number, in sequence order, with their latest state.</summary>
internal static class WorkFeed
{
    public static IEnumerable<IndexedWork> Since(KnowledgeStore store, long after, long upTo)
    {
        using var cmd = store.Command(
            "SELECT id, owner_org, access, doc, updated_seq FROM works WHERE updated_seq > $a AND updated_seq <= $b ORDER BY updated_seq");
        cmd.Parameters.AddWithValue("$a", after);
        cmd.Parameters.AddWithValue("$b", upTo);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return new IndexedWork(
                reader.GetInt64(0),
                reader.GetInt64(1),
                AccessLevels.Parse(reader.GetString(2)),
                StoreJson.Deserialize<WorkRecord>(reader.GetString(3)),
                reader.GetInt64(4));
        }
    }
}
