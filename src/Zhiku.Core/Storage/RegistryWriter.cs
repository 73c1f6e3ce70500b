using Zhiku.Model;
using Zhiku.Storage.History;
using Zhiku.Storage.Registries;
using Zhiku.Storage.Works;

namespace Zhiku.Storage;

/// <summary>Stores people, organisations, projects and cases from registries, matching existing ones by identifier or name.</summary>
internal sealed class RegistryWriter(WriteSession session, long? batchId, long? ownerOrg, AccessLevel access)
{
    private readonly CommandCache sql = session.Sql;
    private readonly ChangeLog _changes = session.Changes;

    /// <summary>True when the last upsert found the same record already stored and wrote nothing.</summary>
    public bool LastUnchanged { get; private set; }

    public long UpsertOrganisation(OrganisationRecord org, SourceInfo? source = null)
    {
        var norm = Normalise.Name(org.Name);
        if (norm.Length == 0)
        {
            throw new ArgumentException("an organisation needs a name");
        }

        var existing = FindByIds("organisation_ids", "org_id", org.Ids)
            ?? sql.Long("SELECT id FROM organisations WHERE norm_name = $1", norm);
        long id;
        // Fields a curator set stay over the imported values; the imported record still goes to provenance.
        var stored = existing is { } curated ? CuratedOverlay.Apply(sql, "organisation", curated, org) : org;
        LastUnchanged = existing is { } same && Unchanged("organisations", same, stored) && !CuratedOverlay.NewImport(sql, "organisation", same, org);
        if (LastUnchanged)
        {
            return existing!.Value;
        }

        if (existing is { } found)
        {
            var seq = _changes.Append("organisation", found, "update", batchId);
            sql.Execute("UPDATE organisations SET name = $1, type = $2, doc = $3, updated_seq = $4 WHERE id = $5",
                stored.Name, stored.Type.ToString(), StoreJson.Serialize(stored), seq, found);
            id = found;
        }
        else
        {
            id = session.NextId("organisations");
            var seq = _changes.Append("organisation", id, "insert", batchId);
            sql.Execute(
                """
                INSERT INTO organisations(id, name, norm_name, type, doc, owner_org, access, updated_seq)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                """,
                id, org.Name, norm, org.Type.ToString(), StoreJson.Serialize(org), ownerOrg, AccessLevels.Name(access), seq);
        }

        InsertIds("organisation_ids", "org_id", org.Ids, id);
        Provenance("organisation", id, source, org);
        new OrganisationLinks(session).ForOrganisation(id, stored, batchId);
        return id;
    }

    public long UpsertPerson(PersonRecord person, SourceInfo? source = null)
    {
        var norm = Normalise.Name(person.Name);
        var existing = FindByIds("person_ids", "person_id", person.Ids)
            ?? (person.Ids.Count == 0 ? sql.Long("SELECT person_id FROM person_ids WHERE scheme = 'name' AND value = $1", norm) : null);
        long id;
        var fromAuthor = existing is { } e && sql.Long("SELECT 1 FROM entity_sources WHERE entity = 'person' AND entity_id = $1 LIMIT 1", e) is null;
        var stored = existing is { } curated ? CuratedOverlay.Apply(sql, "person", curated, person) : person;
        LastUnchanged = existing is { } same && !fromAuthor && Unchanged("people", same, stored) && !CuratedOverlay.NewImport(sql, "person", same, person);
        if (LastUnchanged)
        {
            return existing!.Value;
        }

        if (existing is { } found)
        {
            var seq = _changes.Append("person", found, "update", batchId);
            sql.Execute("UPDATE people SET name = $1, norm_name = $2, doc = $3, updated_seq = $4 WHERE id = $5",
                stored.Name, Normalise.Name(stored.Name), StoreJson.Serialize(stored), seq, found);
            if (fromAuthor)
            {
                // A person so far known only as an author: the registry's record is now theirs, with its owner and access.
                sql.Execute("UPDATE people SET owner_org = $1, access = $2 WHERE id = $3", ownerOrg ?? 0, AccessLevels.Name(access), found);
            }

            id = found;
        }
        else
        {
            id = session.NextId("people");
            var seq = _changes.Append("person", id, "insert", batchId);
            sql.Execute(
                "INSERT INTO people(id, name, norm_name, doc, owner_org, access, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                id, person.Name, norm, StoreJson.Serialize(person), ownerOrg ?? 0, AccessLevels.Name(access), seq);
            if (person.Ids.Count == 0)
            {
                sql.Execute("INSERT INTO person_ids(scheme, value, person_id) VALUES ('name', $1, $2) ON CONFLICT DO NOTHING", norm, id);
            }
        }

        InsertIds("person_ids", "person_id", person.Ids, id);
        Provenance("person", id, source, person);
        return id;
    }

    public long UpsertProject(ProjectRecord project, SourceInfo? source = null)
    {
        var ids = new SortedDictionary<string, string>(project.Ids, StringComparer.Ordinal);
        if (!string.IsNullOrWhiteSpace(project.Code))
        {
            ids.TryAdd("code", project.Code.Trim());
        }

        var existing = FindByIds("project_ids", "project_id", ids);
        long id;
        var stored = existing is { } curated ? CuratedOverlay.Apply(sql, "project", curated, project) : project;
        LastUnchanged = existing is { } same && Unchanged("projects", same, stored) && !CuratedOverlay.NewImport(sql, "project", same, project);
        if (LastUnchanged)
        {
            return existing!.Value;
        }

        if (existing is { } found)
        {
            var seq = _changes.Append("project", found, "update", batchId);
            sql.Execute("UPDATE projects SET title = $1, doc = $2, updated_seq = $3 WHERE id = $4",
                stored.Title, StoreJson.Serialize(stored), seq, found);
            id = found;
        }
        else
        {
            id = session.NextId("projects");
            var seq = _changes.Append("project", id, "insert", batchId);
            sql.Execute(
                "INSERT INTO projects(id, title, doc, owner_org, access, updated_seq) VALUES ($1, $2, $3, $4, $5, $6)",
                id, project.Title, StoreJson.Serialize(project), ownerOrg ?? 0, AccessLevels.Name(access), seq);
        }

        InsertIds("project_ids", "project_id", ids, id);
        Provenance("project", id, source, project);
        foreach (var output in project.Outputs)
        {
            var colon = output.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var scheme = output[..colon];
            // Every work with that identifier (one per owner and access level); readers show those the caller may see.
            sql.Execute(
                "INSERT INTO project_works(project_id, work_id) SELECT $1, work_id FROM work_ids WHERE scheme = $2 AND value = $3 ON CONFLICT DO NOTHING",
                id, scheme, IdSchemes.Normalise(scheme, output[(colon + 1)..]));
        }

        return id;
    }

    /// <summary>
    /// Stores a case from a filled cases template, matched to a stored case of the same owner by its title; returns
    /// what was wrong with its tags or works ("column 分类|tags: ...") and stores nothing then.
    /// </summary>
    public IReadOnlyList<string> UpsertCase(CaseRecord imported, SourceInfo? source = null)
    {
        LastUnchanged = false;
        var existing = sql.Long("SELECT id FROM cases WHERE title = $1 AND owner_org = $2 ORDER BY id LIMIT 1", imported.Title, ownerOrg ?? 0);
        // A retired term stays on a case that had it; a new case cannot take one.
        var had = existing is { } known && sql.Bind("SELECT doc FROM cases WHERE id = $1", known).ExecuteScalar() is string doc
            ? StoreJson.Deserialize<CaseRecord>(doc).Tags.ToHashSet(StringComparer.Ordinal)
            : new HashSet<string>(StringComparer.Ordinal);
        var (codes, tagProblems) = CaseTags.Resolve(sql, imported.Tags, had);
        var (works, workProblems) = CaseTags.Works(sql, imported.Works);
        List<string> problems = [.. tagProblems.Select(p => "column 分类|tags: " + p), .. workProblems.Select(p => "column 关联文献|works: " + p)];
        if (problems.Count > 0)
        {
            return problems;
        }

        imported.Tags = codes;
        imported.Works = works;
        var stored = existing is { } curated ? CuratedOverlay.Apply(sql, "case", curated, imported) : imported;
        LastUnchanged = existing is { } same && Unchanged("cases", same, stored) && !CuratedOverlay.NewImport(sql, "case", same, imported);
        if (LastUnchanged)
        {
            return [];
        }

        long id;
        if (existing is { } found)
        {
            var seq = _changes.Append("case", found, "update", batchId);
            sql.Execute("UPDATE cases SET title = $1, doc = $2, updated_seq = $3 WHERE id = $4", stored.Title, StoreJson.Serialize(stored), seq, found);
            id = found;
        }
        else
        {
            id = session.NextId("cases");
            var seq = _changes.Append("case", id, "insert", batchId);
            sql.Execute(
                "INSERT INTO cases(id, title, doc, owner_org, access, updated_seq) VALUES ($1, $2, $3, $4, $5, $6)",
                id, imported.Title, StoreJson.Serialize(imported), ownerOrg ?? 0, AccessLevels.Name(access), seq);
        }

        Provenance("case", id, source, imported);
        return [];
    }

    // Re-importing the same registry row changes nothing: no change number, no second provenance row.
    private bool Unchanged<T>(string table, long id, T record) =>
        sql.Long($"SELECT 1 FROM {table} WHERE id = $1 AND doc = $2", id, StoreJson.Serialize(record)) is not null;

    // The registry record as this source gave it, so every stored field can be traced to its file and line.
    private void Provenance<T>(string entity, long id, SourceInfo? source, T record)
    {
        if (source is not null)
        {
            sql.Execute(
                "INSERT INTO entity_sources(entity, entity_id, batch_id, file, format, record, line, doc) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                entity, id, source.BatchId, source.File, source.Format, source.Record, source.Line, StoreJson.Serialize(record));
        }
    }

    private long? FindByIds(string table, string column, IDictionary<string, string> ids)
    {
        foreach (var (scheme, value) in ids)
        {
            if (sql.Long($"SELECT {column} FROM {table} WHERE scheme = $1 AND value = $2", scheme, IdSchemes.Normalise(scheme, value)) is { } hit)
            {
                return hit;
            }
        }

        return null;
    }

    private void InsertIds(string table, string column, IDictionary<string, string> ids, long id)
    {
        foreach (var (scheme, value) in ids)
        {
            sql.Execute($"INSERT INTO {table}(scheme, value, {column}) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING", scheme, IdSchemes.Normalise(scheme, value), id);
        }
    }
}
