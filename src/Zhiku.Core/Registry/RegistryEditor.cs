using System.Text.Json.Nodes;
using Zhiku.Knowledge;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.History;

namespace Zhiku.Registry;

/// <summary>
/// The one editing path of registry records (people, organisations, projects, cases): it checks the actor's rights and the
/// values, writes the record and a version of it in one transaction, keeps the curated fields apart from the imported
/// ones, and appends a change, so that the entity search and the detail pages show the new values at once.
/// </summary>
public sealed class RegistryEditor(KnowledgeBase kb)
{
    /// <summary>Creates a record owned by the actor's organisation (internal unless <see cref="RegistryChange.Access"/> says otherwise).</summary>
    public RegistrySaved Create(RegistryActor actor, RegistryKind kind, RegistryChange change)
    {
        if (!actor.MayEdit)
        {
            throw new RegistryEditException(RegistryRefusal.NoRight, $"{actor.Name} may not create {kind.Route}: administrators, managers and analysts do");
        }

        var record = new JsonObject();
        var problems = RegistryValues.Apply(kind, record, change.Fields);
        var access = Access(change.Access, AccessLevel.Internal, problems);
        Throw(problems);
        CheckWidening(actor, AccessLevel.Internal, access);
        var owner = actor.Caller.OrganisationId ?? kb.Store.HomeOrganisationId;
        return kb.Store.Write(session =>
        {
            CaseValues.Check(session, actor, kind, record, null, problems);
            Throw(problems);
            var doc = kind.Canonical(record);
            var history = new HistoryWriter(session);
            var columns = Columns(kind, doc);
            CheckName(session, kind, null, columns, doc);
            var id = session.NextId(kind.Table);
            var seq = session.Changes.Append(kind.Entity, id, "insert", null);
            var names = string.Join(", ", columns.Select(c => c.Column));
            var values = string.Join(", ", columns.Select((_, i) => "$" + (i + 2).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            var n = columns.Count + 2;
            session.Sql.Execute(
                $"INSERT INTO {kind.Table}(id, {names}, doc, owner_org, access, updated_seq) VALUES ($1, {values}, ${n}, ${n + 1}, ${n + 2}, ${n + 3})",
                [id, .. columns.Select(c => c.Value), doc, owner, AccessLevels.Name(access), seq]);
            RegistryLinks.Created(session, kind, id, doc);
            history.AddVersion(kind.Entity, id, 1, actor.Name, doc, AccessLevels.Name(access), Summary("create", null, Changed(kind, new JsonObject(), doc)));
            history.SetCurated(kind.Entity, id, Curated(kind, null, doc));
            return new RegistrySaved(kind.PublicId(id), 1, seq);
        });
    }

    /// <summary>Sets the submitted fields of a record (the others stay), refusing a stale <see cref="RegistryChange.Revision"/>.</summary>
    public RegistrySaved Edit(RegistryActor actor, RegistryKind kind, string publicId, RegistryChange change) =>
        Save(actor, kind, publicId, change.Revision, "edit", null, (row, problems) =>
        {
            var record = JsonNode.Parse(row.Document)!.AsObject();
            problems.AddRange(RegistryValues.Apply(kind, record, change.Fields));
            return (record, Access(change.Access, AccessLevels.Parse(row.Access), problems));
        });

    /// <summary>Makes an earlier version the current one again, as a new version (the history keeps every version).</summary>
    public RegistrySaved Restore(RegistryActor actor, RegistryKind kind, string publicId, int version, long? revision) =>
        Save(actor, kind, publicId, revision, "restore", version, (row, _) => throw new InvalidOperationException("restore reads its version"));

    /// <summary>The versions of a record the caller may see, with the imported record and the curated fields; null when hidden.</summary>
    public EntityHistory? History(RegistryActor actor, RegistryKind kind, string publicId)
    {
        if (kind.ParseId(publicId) is not { } id || !Visible(actor, kind, publicId))
        {
            return null;
        }

        using var db = kb.Store.OpenReader();
        if (HistoryRows.Row(db, kind.Table, id) is not { } row)
        {
            return null;
        }

        var versions = new List<EntityVersion>();
        var previous = new JsonObject();
        foreach (var v in HistoryRows.Versions(db, kind.Entity, id))
        {
            var record = JsonNode.Parse(v.Document)!.AsObject();
            var summary = JsonNode.Parse(v.Summary)!.AsObject();
            versions.Add(new EntityVersion(v.Version, v.Author, v.At, v.Access, summary["action"]!.GetValue<string>(),
                summary["from"]?.GetValue<int>(), Diff(kind, previous, record), record)
            {
                File = summary["file"]?.GetValue<string>(),
            });
            previous = record;
        }

        var name = JsonNode.Parse(row.Document)?[kind.NameField]?.GetValue<string>() ?? publicId;
        var imported = HistoryRows.Imported(db, kind.Entity, id) is { } i ? JsonNode.Parse(i)!.AsObject() : null;
        var curated = HistoryRows.Curated(db, kind.Entity, id) is { } c ? JsonNode.Parse(c)!.AsObject().Select(p => p.Key).ToList() : [];
        return new EntityHistory(kind.PublicId(id), kind.Entity, name, row.Revision, row.Access, versions, imported, curated)
        {
            Record = JsonNode.Parse(row.Document)!.AsObject(),
        };
    }

    private RegistrySaved Save(
        RegistryActor actor, RegistryKind kind, string publicId, long? revision, string action, int? from,
        Func<EditableRow, List<RegistryProblem>, (JsonObject Record, AccessLevel Access)> change)
    {
        if (kind.ParseId(publicId) is not { } id || !Visible(actor, kind, publicId))
        {
            throw new RegistryEditException(RegistryRefusal.NotFound, $"{publicId}: no such {kind.Entity}");
        }

        if (!actor.MayEdit)
        {
            throw new RegistryEditException(RegistryRefusal.NoRight, $"{actor.Name} may not edit {kind.Route}: administrators, managers and analysts do");
        }

        if (revision is null)
        {
            throw RegistryEditException.Invalid([new("revision", "revision-required")]);
        }

        return kb.Store.Write(session =>
        {
            var history = new HistoryWriter(session);
            var row = history.Row(kind.Table, id) ?? throw new RegistryEditException(RegistryRefusal.NotFound, $"{publicId}: no such {kind.Entity}");
            if (!actor.Owns(row.Owner))
            {
                throw new RegistryEditException(RegistryRefusal.NotYours, $"{publicId}: only its own organisation edits this {kind.Entity}");
            }

            if (row.Revision != revision)
            {
                throw new RegistryEditException(RegistryRefusal.Stale, $"{publicId} changed since revision {revision} (now {row.Revision}): reload it and edit again")
                {
                    CurrentRevision = row.Revision,
                };
            }

            var problems = new List<RegistryProblem>();
            JsonObject record;
            AccessLevel access;
            if (from is { } version)
            {
                var old = history.Version(kind.Entity, id, version)
                    ?? throw new RegistryEditException(RegistryRefusal.VersionNotFound, $"{publicId} has no version {version}");
                (record, access) = (JsonNode.Parse(old.Document)!.AsObject(), AccessLevels.Parse(old.Access));
            }
            else
            {
                (record, access) = change(row, problems);
            }

            // A restored version keeps the retired terms it had; an edit adds none.
            CaseValues.Check(session, actor, kind, record, from is null ? JsonNode.Parse(row.Document)!.AsObject() : record, problems);

            Throw(problems);
            CheckWidening(actor, AccessLevels.Parse(row.Access), access);
            var doc = kind.Canonical(record);
            var fields = Changed(kind, JsonNode.Parse(row.Document)!.AsObject(), doc);
            if (fields.Count == 0 && AccessLevels.Name(access) == row.Access)
            {
                // Nothing to save: no version, no change number.
                return new RegistrySaved(kind.PublicId(id), Math.Max(1, history.LastVersion(kind.Entity, id)), row.Revision);
            }

            var columns = Columns(kind, doc);
            CheckName(session, kind, id, columns, doc);
            var last = history.LastVersion(kind.Entity, id);
            if (last == 0)
            {
                // The record as imported becomes version 1, so that it can be restored.
                history.AddVersion(kind.Entity, id, 1, "import", row.Document, row.Access, Summary("import", null, []));
                last = 1;
            }

            var seq = session.Changes.Append(kind.Entity, id, "update", null);
            var sets = string.Join(", ", columns.Select((c, i) => $"{c.Column} = ${i + 1}"));
            var n = columns.Count + 1;
            session.Sql.Execute(
                $"UPDATE {kind.Table} SET {sets}, doc = ${n}, access = ${n + 1}, updated_seq = ${n + 2} WHERE id = ${n + 3}",
                [.. columns.Select(c => c.Value), doc, AccessLevels.Name(access), seq, id]);
            RegistryLinks.Edited(session, kind, id, doc);
            history.AddVersion(kind.Entity, id, last + 1, actor.Name, doc, AccessLevels.Name(access), Summary(action, from, fields));
            var baseline = history.Imported(kind.Entity, id) ?? (last >= 1 ? ImportedVersion(history, kind, id) : null);
            history.SetCurated(kind.Entity, id, Curated(kind, baseline, doc));
            return new RegistrySaved(kind.PublicId(id), last + 1, seq);
        });
    }

    // A person known from their works only has no imported registry record: their version 1 ("import") is the baseline.
    private static string? ImportedVersion(HistoryWriter history, RegistryKind kind, long id) =>
        history.Version(kind.Entity, id, 1) is { } first && first.Summary.Contains("\"import\"", StringComparison.Ordinal) ? first.Document : null;

    private bool Visible(RegistryActor actor, RegistryKind kind, string publicId)
    {
        var read = kb.Read(actor.Caller);
        return kind.Entity switch
        {
            "person" => read.Person(publicId) is not null,
            "organisation" => read.Organisation(publicId) is not null,
            "case" => read.Case(publicId) is not null,
            _ => read.Project(publicId) is not null,
        };
    }

    private static AccessLevel Access(string? value, AccessLevel current, List<RegistryProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return current;
        }

        try
        {
            return AccessLevels.Parse(value.Trim());
        }
        catch (ArgumentException)
        {
            problems.Add(new("access", "bad-access", value));
            return current;
        }
    }

    // Public sees most, then shared, internal, restricted: an edit towards public widens.
    private static int Breadth(AccessLevel level) => level switch
    {
        AccessLevel.Public => 3,
        AccessLevel.Shared => 2,
        AccessLevel.Internal => 1,
        _ => 0,
    };

    private static void CheckWidening(RegistryActor actor, AccessLevel from, AccessLevel to)
    {
        if (Breadth(to) > Breadth(from) && !actor.MayWidenAccess)
        {
            throw new RegistryEditException(RegistryRefusal.AccessWidening,
                $"access: only administrators and managers make a record {AccessLevels.Name(to)} (it is {AccessLevels.Name(from)})");
        }
    }

    private static void Throw(List<RegistryProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw RegistryEditException.Invalid(problems);
        }
    }

    private static List<(string Column, object? Value)> Columns(RegistryKind kind, string doc)
    {
        var record = JsonNode.Parse(doc)!.AsObject();
        var name = record[kind.NameField]!.GetValue<string>();
        return kind.Entity switch
        {
            "person" => [("name", name), ("norm_name", Normalise.Name(name))],
            "organisation" => [("name", name), ("norm_name", Normalise.Name(name)), ("type", StoreJson.Deserialize<OrganisationRecord>(doc).Type.ToString())],
            _ => [(kind.NameColumn, name)],
        };
    }

    // Organisation names are unique in the store: a second organisation of the same name is refused with its field.
    private static void CheckName(WriteSession session, RegistryKind kind, long? id, List<(string Column, object? Value)> columns, string doc)
    {
        if (kind.Entity != "organisation")
        {
            return;
        }

        var norm = (string)columns.First(c => c.Column == "norm_name").Value!;
        if (session.Sql.Long("SELECT id FROM organisations WHERE norm_name = $1", norm) is { } other && other != id)
        {
            throw RegistryEditException.Invalid([new("name", "name-taken", JsonNode.Parse(doc)![kind.NameField]!.GetValue<string>())]);
        }
    }

    private static List<string> Changed(RegistryKind kind, JsonObject before, string doc) =>
        [.. Diff(kind, before, JsonNode.Parse(doc)!.AsObject()).Select(c => c.Field)];

    private static List<FieldChange> Diff(RegistryKind kind, JsonObject before, JsonObject after) =>
    [
        .. before.Select(p => p.Key).Union(after.Select(p => p.Key), StringComparer.Ordinal)
            .Where(name => !Same(before[name], after[name]))
            .OrderBy(name => kind.Field(name) is { } f ? kind.Fields.ToList().IndexOf(f) : int.MaxValue)
            .Select(name => new FieldChange(name, before[name]?.DeepClone(), after[name]?.DeepClone())),
    ];

    // The editable fields whose value differs from the imported record (all of them for a record nobody imported).
    private static string? Curated(RegistryKind kind, string? imported, string doc)
    {
        var baseline = imported is null ? new JsonObject() : JsonNode.Parse(imported)!.AsObject();
        var record = JsonNode.Parse(doc)!.AsObject();
        var curated = new JsonObject();
        foreach (var field in kind.Fields.Where(f => !Same(baseline[f.Name], record[f.Name])))
        {
            curated[field.Name] = record[field.Name]?.DeepClone();
        }

        return curated.Count == 0 ? null : curated.ToJsonString(StoreJson.Options);
    }

    // An empty list or map is no value: a record type writes them where the submitted JSON had nothing.
    private static bool Same(JsonNode? a, JsonNode? b) => JsonNode.DeepEquals(Empty(a) ? null : a, Empty(b) ? null : b);

    private static bool Empty(JsonNode? node) => node is null || node is JsonArray { Count: 0 } || node is JsonObject { Count: 0 };

    private static string Summary(string action, int? from, IReadOnlyList<string> fields)
    {
        var summary = new JsonObject { ["action"] = action };
        if (from is { } f)
        {
            summary["from"] = f;
        }

        summary["fields"] = new JsonArray([.. fields.Select(x => (JsonNode)JsonValue.Create(x))]);
        return summary.ToJsonString(StoreJson.Options);
    }
}

/// <summary>A create or an edit: the fields to set (JSON names of the record), the access level, and the revision edited.</summary>
public sealed record RegistryChange(JsonObject Fields, string? Access = null, long? Revision = null);
