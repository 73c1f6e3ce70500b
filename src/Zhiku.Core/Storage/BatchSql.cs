using System.Globalization;
using Zhiku.Access;
using Zhiku.Model;

namespace Zhiku.Storage;

/// <summary>The <c>batches</c> table (one row per import).</summary>
internal static class BatchSql
{
    /// <summary>The latest import batches the scope allows, newest first.</summary>
    public static IReadOnlyList<ImportBatchSummary> Recent(StoreReader db, AccessScope scope, int limit) =>
    [
        .. db.Connection.Query(
            $"""
            SELECT b.id, b.started, b.finished, b.status, COALESCE(o.name, ''), b.access
            FROM batches b LEFT JOIN organisations o ON o.id = b.owner_org
            WHERE {AccessSql.Batches(scope)} ORDER BY b.id DESC LIMIT @limit
            """,
            r => new ImportBatchSummary(r.GetInt64(0), r.GetString(1), r.NullableString(2), r.GetString(3), r.GetString(4), r.GetString(5)),
            ("@limit", Math.Max(0, limit))),
    ];

    /// <summary>Starts an import batch for an owner and access level and returns its id.</summary>
    public static long Start(KnowledgeStore store, long owner, AccessLevel access) => store.OnWriter(c => c.Long(
        "INSERT INTO batches(started, status, owner_org, access) VALUES (@t, 'running', @o, @a) RETURNING id",
        ("@t", Now), ("@o", owner), ("@a", AccessLevels.Name(access))));

    /// <summary>Records how an import batch ended (its status and its report as JSON).</summary>
    public static void Finish(KnowledgeStore store, long batchId, string status, string reportJson) => store.OnWriter(c => c.Execute(
        "UPDATE batches SET finished = @t, status = @s, report = @r WHERE id = @id",
        ("@t", Now), ("@s", status), ("@r", reportJson), ("@id", batchId)));

    /// <summary>Marks the batches left running (by a process that ended) as interrupted.</summary>
    public static void MarkInterrupted(KnowledgeStore store) =>
        store.OnWriter(c => c.Execute("UPDATE batches SET status = 'interrupted' WHERE status = 'running'"));

    private static string Now => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
