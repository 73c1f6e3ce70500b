using Microsoft.Data.Sqlite;

namespace Zhiku.Storage;

/// <summary>SQL shared by the readers of works.</summary>
internal static class WorkSql
{
    /// <summary>The merged document of work <c>w</c>: its own, or its only source's while it has just one.</summary>
    public const string Document = "COALESCE(w.doc, (SELECT s.doc FROM work_sources s WHERE s.work_id = w.id))";

    /// <summary>The merged documents (JSON) of the given works, in the order given; a work deleted meanwhile is skipped.</summary>
    public static IEnumerable<(long Id, string Json)> Documents(SqliteConnection connection, IEnumerable<long> ids)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT {Document} FROM works w WHERE w.id = $id";
        var parameter = cmd.Parameters.Add("$id", SqliteType.Integer);
        foreach (var id in ids)
        {
            parameter.Value = id;
            if (cmd.ExecuteScalar() is string json)
            {
                yield return (id, json);
            }
        }
    }
}
