using Microsoft.Data.Sqlite;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Knowledge.Reading;

/// <summary>The records a work was stored from, as imported, in import order.</summary>
internal static class SourceRecords
{
    public static List<WorkRecord> Read(SqliteConnection connection, string publicId)
    {
        var result = new List<WorkRecord>();
        if (WorkIds.Parse(publicId) is not { } id)
        {
            return result;
        }

        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT doc FROM work_sources WHERE work_id = $id ORDER BY id";
        cmd.Parameters.AddWithValue("$id", id);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            result.Add(StoreJson.Deserialize<WorkRecord>(reader.GetString(0)));
        }

        return result;
    }
}
