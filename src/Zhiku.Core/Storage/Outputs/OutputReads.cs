using Zhiku.Model;
using Zhiku.Outputs;

namespace Zhiku.Storage.Outputs;

/// <summary>An output's row: its work's title, owner, access and year, its type, project (as named and as linked) and date.</summary>
internal sealed record OutputRow(long WorkId, string Title, long Owner, string Access, int? Year, string Type, string? Project, long? ProjectId, string? ProjectTitle, string? Date)
{
    /// <summary>Its classification codes.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>One stored event, with the work id of the document that implements the output (落实).</summary>
internal sealed record OutputEventRow(long WorkId, ConversionEvent Event, long? ImplementedWork, long? ImplementedOwner, string? ImplementedAccess);

/// <summary>Reads of the <c>outputs</c> and <c>output_events</c> tables.</summary>
internal static class OutputReads
{
    private const string Rows = """
        SELECT o.work_id, w.title, w.owner_org, w.access, w.year, o.type, o.project, o.project_id, p.title, o.date, o.tags
        FROM outputs o JOIN works w ON w.id = o.work_id LEFT JOIN projects p ON p.id = o.project_id
        """;

    private const string Events = """
        SELECT e.work_id, e.detail, e.implemented_work, d.owner_org, d.access, e.stage, e.date, e.recorded_by, e.recorded_at
        FROM output_events e LEFT JOIN works d ON d.id = e.implemented_work
        """;

    /// <summary>The output record of a work, or null when the work is no output.</summary>
    public static OutputRow? Find(StoreReader db, long workId) => db.Connection.First(Rows + " WHERE o.work_id = @id", Row, ("@id", workId));

    /// <summary>Every output (the caller filters by access).</summary>
    public static List<OutputRow> All(StoreReader db) => [.. db.Connection.Query(Rows + " ORDER BY o.work_id", Row)];

    /// <summary>The outputs linked to a project, oldest first (the caller filters by access).</summary>
    public static List<OutputRow> OfProject(StoreReader db, long projectId) =>
        [.. db.Connection.Query(Rows + " WHERE o.project_id = @id ORDER BY o.date, o.work_id", Row, ("@id", projectId))];

    /// <summary>The events of one output, by stage and date.</summary>
    public static List<OutputEventRow> EventsOf(StoreReader db, long workId) =>
        [.. db.Connection.Query(Events + " WHERE e.work_id = @id ORDER BY e.date, e.id", Event, ("@id", workId))];

    /// <summary>Every event of every output, grouped by output.</summary>
    public static Dictionary<long, List<OutputEventRow>> AllEvents(StoreReader db) =>
        db.Connection.Query(Events + " ORDER BY e.work_id, e.date, e.id", Event).GroupBy(e => e.WorkId).ToDictionary(g => g.Key, g => g.ToList());

    /// <summary>The authors (names as written) and organisations of the given works, from their merged documents.</summary>
    public static Dictionary<long, WorkRecord> Documents(StoreReader db, IEnumerable<long> ids) =>
        Reading.WorkRows.Documents(db, ids).ToDictionary(d => d.Id, d => StoreJson.Deserialize<WorkRecord>(d.Json));

    private static OutputRow Row(System.Data.Common.DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.IsDBNull(4) ? null : Convert.ToInt32(r.GetValue(4), System.Globalization.CultureInfo.InvariantCulture),
        r.GetString(5), r.NullableString(6), r.NullableLong(7), r.NullableString(8), r.NullableString(9))
    {
        Tags = OutputTags.Parse(r.NullableString(10)),
    };

    private static OutputEventRow Event(System.Data.Common.DbDataReader r)
    {
        var e = StoreJson.Deserialize<ConversionEvent>(r.GetString(1)) with
        {
            Stage = OutputVocabulary.Stage(r.GetString(5)) ?? ConversionStage.Submitted,
            Date = r.GetString(6),
            RecordedBy = r.GetString(7),
            RecordedAt = r.GetString(8),
        };
        return new OutputEventRow(r.GetInt64(0), e, r.NullableLong(2), r.NullableLong(3), r.NullableString(4));
    }
}
