using System.Globalization;

namespace Zhiku.Storage.Outputs;

/// <summary>
/// The <c>output_trace_rejections</c> table: the documents a curator said do not carry an output, so that the tracer's
/// proposal is not made again. A rejection is a change of the output in the change feed.
/// </summary>
internal static class TraceRejections
{
    /// <summary>The documents rejected for an output, by work id.</summary>
    public static HashSet<long> Of(StoreReader db, long workId) =>
        [.. db.Connection.Query("SELECT document_id FROM output_trace_rejections WHERE work_id = @id", r => r.GetInt64(0), ("@id", workId))];

    /// <summary>Records a rejection; false when it was recorded before.</summary>
    public static bool Add(WriteSession session, long workId, long documentId, string by)
    {
        if (session.Sql.Long("SELECT 1 FROM output_trace_rejections WHERE work_id = $1 AND document_id = $2", workId, documentId) is not null)
        {
            return false;
        }

        var seq = session.Changes.Append("output", workId, "trace-rejected", null);
        session.Sql.Execute(
            "INSERT INTO output_trace_rejections(work_id, document_id, rejected_by, rejected_at, updated_seq) VALUES ($1, $2, $3, $4, $5)",
            workId, documentId, by, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), seq);
        return true;
    }
}
