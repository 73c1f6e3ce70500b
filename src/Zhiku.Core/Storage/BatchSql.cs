using Microsoft.Data.Sqlite;
using Zhiku.Access;
using Zhiku.Model;

namespace Zhiku.Storage;

/// <summary>Reads of the <c>batches</c> table (one row per import).</summary>
internal static class BatchSql
{
    /// <summary>The latest import batches the scope allows, newest first.</summary>
    public static IReadOnlyList<ImportBatchSummary> Recent(SqliteConnection connection, AccessScope scope, int limit)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"""
            SELECT b.id, b.started, b.finished, b.status, COALESCE(o.name, ''), b.access
            FROM batches b LEFT JOIN organisations o ON o.id = b.owner_org
            WHERE {AccessSql.Batches(scope)} ORDER BY b.id DESC LIMIT $limit
            """;
        cmd.Parameters.AddWithValue("$limit", Math.Max(0, limit));
        using var reader = cmd.ExecuteReader();
        var result = new List<ImportBatchSummary>();
        while (reader.Read())
        {
            result.Add(new ImportBatchSummary(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.GetString(3), reader.GetString(4), reader.GetString(5)));
        }

        return result;
    }
}
