using Microsoft.Data.Sqlite;
using Zhiku.Model;
using Zhiku.Storage;

namespace Zhiku.Search.Indexing;

/// <summary>Reads the works changed after a sequence number, in sequence order, with their latest state.</summary>
internal static class WorkFeed
{
    public static IEnumerable<IndexedWork> Since(SqliteConnection connection, long after, long upTo)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText =
            $"SELECT w.id, w.owner_org, w.access, {WorkSql.Document}, w.updated_seq FROM works w WHERE w.updated_seq > $a AND w.updated_seq <= $b ORDER BY w.updated_seq";
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
