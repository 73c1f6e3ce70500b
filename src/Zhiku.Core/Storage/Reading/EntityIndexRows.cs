namespace Zhiku.Storage.Reading;

/// <summary>
/// A person, organisation or project as the entity search indexes it: its record, its own owner and access, and its
/// works counted per owner and access level of the works (what decides who sees it through them, and how many).
/// </summary>
internal sealed record EntityIndexRow(char Prefix, long Id, string Name, string Document, long? Owner, string Access)
{
    public List<(long Owner, string Access, int Works)> Works { get; } = [];

    /// <summary>
    /// Whether a caller who sees one of the works sees the entity (a person, organisation or project, seen through
    /// their works); a case is seen only by its own access and merely counts the works it links.
    /// </summary>
    public bool SeenThroughWorks { get; init; } = true;

    /// <summary>The text of the record's attachments (removed ones left out).</summary>
    public List<string> Attachments { get; } = [];
}

/// <summary>Reads every person, organisation and project with their works per visibility, for the entity search.</summary>
internal static class EntityIndexRows
{
    /// <summary>The store's last change: the entity search rebuilds when it moves.</summary>
    public static long LastChange(StoreReader db) => db.Connection.Long("SELECT COALESCE(MAX(seq), 0) FROM changes");

    public static IReadOnlyList<EntityIndexRow> People(StoreReader db) => WithWorks(
        db, 'P', "SELECT id, name, doc, owner_org, access FROM people",
        "SELECT a.person_id, w.owner_org, w.access, COUNT(DISTINCT a.work_id) FROM authorships a JOIN works w ON w.id = a.work_id WHERE a.person_id IS NOT NULL GROUP BY a.person_id, w.owner_org, w.access");

    public static IReadOnlyList<EntityIndexRow> Organisations(StoreReader db) => WithWorks(
        db, 'O', "SELECT id, name, doc, owner_org, access FROM organisations",
        "SELECT ow.org_id, w.owner_org, w.access, COUNT(DISTINCT ow.work_id) FROM organisation_works ow JOIN works w ON w.id = ow.work_id GROUP BY ow.org_id, w.owner_org, w.access");

    public static IReadOnlyList<EntityIndexRow> Projects(StoreReader db) => WithWorks(
        db, 'R', "SELECT id, title, doc, owner_org, access FROM projects",
        "SELECT pw.project_id, w.owner_org, w.access, COUNT(DISTINCT pw.work_id) FROM project_works pw JOIN works w ON w.id = pw.work_id GROUP BY pw.project_id, w.owner_org, w.access");

    /// <summary>Outputs: the work's title, owner and access; the document holds the output type, project and the work's record.</summary>
    public static IReadOnlyList<EntityIndexRow> Outputs(StoreReader db) =>
    [
        .. db.Connection.Query(
            $"SELECT w.id, w.title, {WorkSql.Document}, w.owner_org, w.access, o.type, COALESCE(p.title, o.project), o.tags FROM outputs o JOIN works w ON w.id = o.work_id LEFT JOIN projects p ON p.id = o.project_id",
            r =>
            {
                var doc = StoreJson.Serialize(new OutputIndexDocument(r.GetString(5), r.NullableString(6), r.IsDBNull(2) ? null : StoreJson.Deserialize<Model.WorkRecord>(r.GetString(2)))
                {
                    Tags = Zhiku.Storage.Outputs.OutputTags.Parse(r.NullableString(7)),
                });
                var row = new EntityIndexRow('W', r.GetInt64(0), r.GetString(1), doc, r.GetInt64(3), r.GetString(4));
                row.Works.Add((r.GetInt64(3), r.GetString(4), 1));
                return row;
            }),
    ];

    /// <summary>
    /// Cases: the document holds the case's record and the names (both languages) of its classification terms; its
    /// linked works are counted per owner and access level like a project's, so each caller sees how many they may read.
    /// </summary>
    public static IReadOnlyList<EntityIndexRow> Cases(StoreReader db)
    {
        var terms = ClassificationRows.All(db).ToDictionary(t => t.Code, StringComparer.Ordinal);
        var cases = db.Connection.Query("SELECT id, title, doc, owner_org, access FROM cases", r =>
        {
            var record = StoreJson.Deserialize<Model.CaseRecord>(r.GetString(2));
            var names = record.Tags.Where(terms.ContainsKey).SelectMany(t => new[] { terms[t].NameZh, terms[t].NameEn }).ToList();
            var row = new EntityIndexRow('C', r.GetInt64(0), r.GetString(1), StoreJson.Serialize(new CaseIndexDocument(record, names)), r.NullableLong(3), r.GetString(4))
            {
                SeenThroughWorks = false,
            };
            return (row, record.Works);
        }).ToList();
        var linked = cases.SelectMany(c => c.Works).Select(WorkNumber).OfType<long>().Distinct().ToList();
        var visibility = new Dictionary<long, (long Owner, string Access)>();
        foreach (var chunk in linked.Chunk(500))
        {
            var list = string.Join(',', chunk.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var (id, owner, access) in db.Connection.Query($"SELECT id, owner_org, access FROM works WHERE id IN ({list})", r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2))))
            {
                visibility[id] = (owner, access);
            }
        }

        foreach (var (row, works) in cases)
        {
            var seen = works.Select(WorkNumber).OfType<long>().Distinct().Where(visibility.ContainsKey).Select(id => visibility[id]);
            row.Works.AddRange(seen.GroupBy(v => v).Select(g => (g.Key.Owner, g.Key.Access, g.Count())));
        }

        return [.. cases.Select(c => c.row)];
    }

    /// <summary>Gives each person, organisation, project and case the text of its attachments.</summary>
    public static void AddAttachments(StoreReader db, IEnumerable<EntityIndexRow> rows)
    {
        var byKey = rows.Where(r => r.Prefix is 'P' or 'O' or 'R' or 'C').ToDictionary(r => (Entity(r.Prefix), r.Id));
        foreach (var (entity, id, text) in db.Connection.Query(
            "SELECT entity, entity_id, text FROM entity_attachments WHERE removed = 0 AND text IS NOT NULL ORDER BY entity, entity_id, n",
            r => (r.GetString(0), r.GetInt64(1), r.GetString(2))))
        {
            if (byKey.TryGetValue((entity, id), out var row))
            {
                row.Attachments.Add(text);
            }
        }
    }

    // A case's work id ("W12", as the case writer stores it); the store does not depend on the search's WorkIds.
    private static long? WorkNumber(string id) =>
        id.Length > 1 && id[0] == 'W' && long.TryParse(id.AsSpan(1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string Entity(char prefix) => prefix switch
    {
        'P' => "person",
        'O' => "organisation",
        'C' => "case",
        _ => "project",
    };

    private static List<EntityIndexRow> WithWorks(StoreReader db, char prefix, string rowsSql, string worksSql)
    {
        var rows = db.Connection.Query(
            rowsSql, r => new EntityIndexRow(prefix, r.GetInt64(0), r.GetString(1), r.GetString(2), r.NullableLong(3), r.GetString(4))).ToList();
        var byId = rows.ToDictionary(r => r.Id);
        foreach (var (id, owner, access, works) in db.Connection.Query(
            worksSql, r => (r.GetInt64(0), r.GetInt64(1), r.GetString(2), Convert.ToInt32(r.GetValue(3), System.Globalization.CultureInfo.InvariantCulture))))
        {
            if (byId.TryGetValue(id, out var row))
            {
                row.Works.Add((owner, access, works));
            }
        }

        return rows;
    }
}

/// <summary>What the entity search indexes of an output beside its title: its type, its project and its work's record.</summary>
internal sealed record OutputIndexDocument(string Type, string? Project, Model.WorkRecord? Work)
{
    /// <summary>The output's classification codes, counted as facets like a case's.</summary>
    public IReadOnlyList<string> Tags { get; init; } = [];
}

/// <summary>What the entity search indexes of a case: its record and the names of its classification terms in both languages.</summary>
internal sealed record CaseIndexDocument(Model.CaseRecord Record, IReadOnlyList<string> TermNames);
