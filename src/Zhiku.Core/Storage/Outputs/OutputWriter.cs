using System.Globalization;
using Zhiku.Model;
using Zhiku.Outputs;
using Zhiku.Storage.Reading;

namespace Zhiku.Storage.Outputs;

/// <summary>
/// Writes output records and their conversion events inside a write session, each through the change feed (entity
/// <c>output</c>, keyed by the work), so the entity search and the other nodes follow.
/// </summary>
internal sealed class OutputWriter(WriteSession session, long? batchId)
{
    private readonly CommandCache _sql = session.Sql;
    private const string Implemented = "column 落实文件|implemented_by: ";
    private readonly string _now = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    /// <summary>
    /// Stores the output record of work <paramref name="workId"/> and the events not stored yet; returns the problems
    /// (each naming its column) of tags and events left out.
    /// </summary>
    public List<string> Write(long workId, OutputFacts facts)
    {
        var problems = new List<string>();
        var had = _sql.Bind("SELECT tags FROM outputs WHERE work_id = $1", workId).ExecuteScalar() as string;
        var tags = facts.Tags is { } written ? OutputTags.Resolve(ClassificationRows.All(_sql), written, OutputTags.Parse(had), problems) : OutputTags.Parse(had);
        var tagsJson = tags.Count == 0 ? null : StoreJson.Serialize(tags);
        var projectId = facts.Project is { Length: > 0 } project ? FindProject(project) : null;
        var same = _sql.Long(
            "SELECT 1 FROM outputs WHERE work_id = $1 AND type = $2 AND COALESCE(project, '') = $3 AND COALESCE(project_id, 0) = $4 AND COALESCE(date, '') = $5 AND COALESCE(tags, '') = $6",
            workId, facts.Type, facts.Project ?? string.Empty, projectId ?? 0, facts.Date ?? string.Empty, tagsJson ?? string.Empty) is not null;
        if (!same)
        {
            var exists = _sql.Long("SELECT 1 FROM outputs WHERE work_id = $1", workId) is not null;
            var seq = session.Changes.Append("output", workId, exists ? "update" : "insert", batchId);
            _sql.Execute(
                exists
                    ? "UPDATE outputs SET type = $2, project = $3, project_id = $4, date = $5, updated_seq = $6, tags = $7 WHERE work_id = $1"
                    : "INSERT INTO outputs(work_id, type, project, project_id, date, updated_seq, tags) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                workId, facts.Type, facts.Project, projectId, facts.Date, seq, tagsJson);
            if (projectId is { } linked)
            {
                _sql.Execute("INSERT INTO project_works(project_id, work_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", linked, workId);
            }
        }

        foreach (var e in facts.Events)
        {
            if (e.Stage == ConversionStage.Implemented && Resolve(e, workId) is { } resolved)
            {
                if (resolved.Problem is { } problem)
                {
                    problems.Add(Implemented + problem);
                    continue;
                }

                if (ConversionRules.Check(facts.Events.Where(x => x.Stage < e.Stage), resolved.Event!) is (_, { } previous))
                {
                    problems.Add($"{Implemented}落实 on {resolved.Event!.Date} ({resolved.Event.ImplementedBy}) is before the {OutputVocabulary.Name(previous.Stage)} of {previous.Date}: give 落实日期");
                    continue;
                }

                AddEvent(workId, resolved.Event!, resolved.WorkId);
                continue;
            }

            AddEvent(workId, e, null);
        }

        return problems;
    }

    /// <summary>Stores one event (the caller has checked it); false when the output has this stage on this day already.</summary>
    public bool AddEvent(long workId, ConversionEvent e, long? implementedWork)
    {
        if (_sql.Long("SELECT 1 FROM output_events WHERE work_id = $1 AND stage = $2 AND date = $3", workId, OutputVocabulary.Name(e.Stage), e.Date) is not null)
        {
            return false;
        }

        var recorded = e with { RecordedAt = e.RecordedAt ?? _now, RecordedBy = e.RecordedBy ?? "zhiku" };
        var seq = session.Changes.Append("output", workId, "event", batchId);
        _sql.Execute(
            """
            INSERT INTO output_events(id, work_id, stage, date, detail, implemented_work, recorded_by, recorded_at, updated_seq)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            session.NextId("output_events"), workId, OutputVocabulary.Name(e.Stage), e.Date, StoreJson.Serialize(recorded), implementedWork,
            recorded.RecordedBy, recorded.RecordedAt, seq);
        return true;
    }

    // The implementing document named in a table: its id (W42), its 发文字号, or its exact title; the event takes its date when the table gives none.
    private (ConversionEvent? Event, long WorkId, string? Problem)? Resolve(ConversionEvent e, long outputWorkId)
    {
        var name = e.ImplementedBy ?? string.Empty;
        var id = (WorkId(name) is { } wid ? _sql.Long("SELECT id FROM works WHERE id = $1", wid) : null)
            ?? _sql.Long("SELECT MIN(work_id) FROM work_ids WHERE scheme = $1 AND value = $2", IdSchemes.DocumentNumber, IdSchemes.Normalise(IdSchemes.DocumentNumber, name))
            ?? _sql.Long("SELECT MIN(id) FROM works WHERE title = $1", name);
        if (id is not { } found || found == outputWorkId)
        {
            return (null, 0, $"落实文件 '{name}' is no work in the knowledge base (give its id such as W42, its 发文字号 or its exact title)");
        }

        var date = e.Date;
        if (date.Length == 0)
        {
            var json = _sql.Bind($"SELECT {WorkSql.Document} FROM works w WHERE w.id = $1", found).ExecuteScalar() as string;
            date = json is null ? null : StoreJson.Deserialize<WorkRecord>(json).Date;
            if (!ConversionRules.IsDay(date))
            {
                return (null, 0, $"落实文件 '{name}' ({"W" + found.ToString(CultureInfo.InvariantCulture)}) has no day to date the implementation: give 落实日期");
            }
        }

        return (e with { Date = date!, ImplementedBy = "W" + found.ToString(CultureInfo.InvariantCulture) }, found, null);
    }

    // A work's public id ("W42"); Search.Indexing.WorkIds says the same, but the store does not depend on the search.
    private static long? WorkId(string name) =>
        name.Length > 1 && char.ToUpperInvariant(name[0]) == 'W' && long.TryParse(name.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;

    private long? FindProject(string project) =>
        _sql.Long("SELECT project_id FROM project_ids WHERE scheme = 'code' AND value = $1", IdSchemes.Normalise("code", project))
        ?? _sql.Long("SELECT MIN(id) FROM projects WHERE title = $1", project);
}
