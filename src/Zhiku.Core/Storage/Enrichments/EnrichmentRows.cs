using System.Data.Common;
using Zhiku.Model;

namespace Zhiku.Storage.Enrichments;

/// <summary>A proposed enrichment with what decides who may review it (its work's owner and access).</summary>
internal sealed record ReviewRow(long Id, long WorkId, long Owner, string Access, int Confidence);

/// <summary>Reads of the <c>enrichments</c> and <c>enrichment_runs</c> tables.</summary>
internal static class EnrichmentRows
{
    private const string Columns = "id, field, value, confidence, model, model_version, state, created_at, reviewed_by, reviewed_at";

    /// <summary>A work's enrichments that are not rejected, by field then confidence.</summary>
    public static List<WorkEnrichment> OfWork(StoreReader db, long workId) =>
    [
        .. db.Connection.Query(
            $"SELECT {Columns} FROM enrichments WHERE work_id = @w AND state <> 'rejected' ORDER BY field, confidence DESC, id",
            Read, ("@w", workId)),
    ];

    /// <summary>One enrichment with its work id, or null.</summary>
    public static (long WorkId, WorkEnrichment Enrichment)? Find(StoreReader db, long id) => db.Connection.Query(
        $"SELECT work_id, {Columns} FROM enrichments WHERE id = @id",
        r => (r.GetInt64(0), Read(r, 1)), ("@id", id)).Select(x => ((long, WorkEnrichment)?)x).FirstOrDefault();

    /// <summary>The accepted values of a field for the works changed in a range of sequence numbers (what the index follows).</summary>
    public static IEnumerable<(long WorkId, string Value)> AcceptedSince(StoreReader db, string field, long after, long upTo) => db.Connection.Query(
        """
        SELECT e.work_id, e.value FROM enrichments e JOIN works w ON w.id = e.work_id
        WHERE e.field = @f AND e.state = 'accepted' AND w.updated_seq > @a AND w.updated_seq <= @b ORDER BY e.work_id, e.confidence DESC, e.id
        """,
        r => (r.GetInt64(0), r.GetString(1)), ("@f", field), ("@a", after), ("@b", upTo));

    /// <summary>The accepted values of a field for one work.</summary>
    public static List<string> AcceptedOf(StoreReader db, string field, long workId) =>
    [
        .. db.Connection.Query(
            "SELECT value FROM enrichments WHERE work_id = @w AND field = @f AND state = 'accepted' ORDER BY confidence DESC, id",
            r => r.GetString(0), ("@w", workId), ("@f", field)),
    ];

    /// <summary>The works a model version has enriched a field of.</summary>
    public static HashSet<long> Enriched(StoreReader db, string field, string model, string version) =>
    [
        .. db.Connection.Query(
            "SELECT work_id FROM enrichment_runs WHERE field = @f AND model = @m AND model_version = @v",
            r => r.GetInt64(0), ("@f", field), ("@m", model), ("@v", version)),
    ];

    /// <summary>The proposed enrichments of a field, with their works' owner and access.</summary>
    public static List<ReviewRow> Proposed(StoreReader db, string field) =>
    [
        .. db.Connection.Query(
            """
            SELECT e.id, e.work_id, w.owner_org, w.access, e.confidence FROM enrichments e JOIN works w ON w.id = e.work_id
            WHERE e.field = @f AND e.state = 'proposed' ORDER BY e.work_id, e.id
            """,
            r => new ReviewRow(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetInt32(4)), ("@f", field)),
    ];

    /// <summary>
    /// The enrichments matching the filters that are given (field, state, model, confidence in thousandths from and
    /// to, both inclusive), with their works' title, owner and access, most confident first.
    /// </summary>
    public static List<QueueRow> Matching(StoreReader db, string? field, string? state, string? model, int? min, int? max)
    {
        var where = new List<string>();
        var parameters = new List<(string, object?)>();
        void Add(string column, string op, string name, object? value)
        {
            if (value is not null)
            {
                where.Add($"e.{column} {op} {name}");
                parameters.Add((name, value));
            }
        }

        Add("field", "=", "@f", field);
        Add("state", "=", "@s", state);
        Add("model", "=", "@m", model);
        Add("confidence", ">=", "@lo", min is { } lo ? (long)lo : null);
        Add("confidence", "<=", "@hi", max is { } hi ? (long)hi : null);
        var filter = where.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", where);
        return
        [
            .. db.Connection.Query(
                $"{QueueSelect} {filter} ORDER BY e.confidence DESC, e.id", ReadQueued, [.. parameters]),
        ];
    }

    /// <summary>One enrichment with its work's title, owner and access, or null.</summary>
    public static QueueRow? FindQueued(StoreReader db, long id) =>
        db.Connection.First($"{QueueSelect} WHERE e.id = @id", ReadQueued, ("@id", id));

    private const string QueueSelect =
        "SELECT e.work_id, w.title, w.owner_org, w.access, e.id, e.field, e.value, e.confidence, e.model, e.model_version, e.state, e.created_at, e.reviewed_by, e.reviewed_at "
        + "FROM enrichments e JOIN works w ON w.id = e.work_id";

    private static QueueRow ReadQueued(DbDataReader r) => new(r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), Read(r, 4));

    private static WorkEnrichment Read(DbDataReader r) => Read(r, 0);

    private static WorkEnrichment Read(DbDataReader r, int o) => new(
        r.GetInt64(o), r.GetString(o + 1), r.GetString(o + 2), r.GetInt32(o + 3) / 1000.0, r.GetString(o + 4), r.GetString(o + 5),
        r.GetString(o + 6), r.GetString(o + 7), r.NullableString(o + 8), r.NullableString(o + 9));
}
