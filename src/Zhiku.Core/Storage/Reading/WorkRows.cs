using System.Data.Common;

namespace Zhiku.Storage.Reading;

/// <summary>A work's row: its owner and access, its merged document (JSON), its provenance (JSON) and its owner's name.</summary>
internal sealed record WorkRow(long Owner, string Access, string? Document, string? Provenance, string? OwnerName);

/// <summary>One record a work was stored from: where it came from, by file path as imported.</summary>
internal sealed record SourceRow(long Id, string Path, string Format, int Record, int Line, long BatchId);

/// <summary>One author of a work, linked to a person or not.</summary>
internal sealed record AuthorshipRow(int Position, string Name, long? PersonId);

/// <summary>A work as a list shows it, with what decides who may see it.</summary>
internal sealed record WorkListRow(long Id, string Title, int? Year, string Kind, long Owner, string Access);

/// <summary>Reads of the <c>works</c>, <c>work_sources</c> and <c>authorships</c> tables.</summary>
internal static class WorkRows
{
    public static WorkRow? Find(StoreReader db, long id) => db.Connection.First(
        $"SELECT w.owner_org, w.access, {WorkSql.Document}, w.provenance, o.name FROM works w LEFT JOIN organisations o ON o.id = w.owner_org WHERE w.id = @id",
        r => new WorkRow(r.GetInt64(0), r.GetString(1), r.NullableString(2), r.NullableString(3), r.NullableString(4)),
        ("@id", id));

    /// <summary>The records a work was stored from, in import order.</summary>
    public static List<SourceRow> Sources(StoreReader db, long workId) =>
    [
        .. db.Connection.Query(
            "SELECT id, file, format, record, line, batch_id FROM work_sources WHERE work_id = @id ORDER BY id",
            r => new SourceRow(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetInt32(4), r.GetInt64(5)),
            ("@id", workId)),
    ];

    /// <summary>The documents (JSON) of the records a work was stored from, as imported, in import order.</summary>
    public static List<string> SourceDocuments(StoreReader db, long workId) =>
        [.. db.Connection.Query("SELECT doc FROM work_sources WHERE work_id = @id ORDER BY id", r => r.GetString(0), ("@id", workId))];

    /// <summary>The authors of a work in byline order.</summary>
    public static List<AuthorshipRow> Authorships(StoreReader db, long workId) =>
    [
        .. db.Connection.Query(
            "SELECT position, name, person_id FROM authorships WHERE work_id = @id ORDER BY position",
            r => new AuthorshipRow(r.GetInt32(0), r.GetString(1), r.NullableLong(2)),
            ("@id", workId)),
    ];

    /// <summary>The merged documents (JSON) of the given works, in the order given; a work deleted meanwhile is skipped.</summary>
    public static IEnumerable<(long Id, string Json)> Documents(StoreReader db, IEnumerable<long> ids)
    {
        using var cmd = db.Connection.Command($"SELECT {WorkSql.Document} FROM works w WHERE w.id = @id");
        var parameter = cmd.Parameter("@id", 0L);
        cmd.Parameters.Add(parameter);
        foreach (var id in ids)
        {
            parameter.Value = id;
            if (cmd.ExecuteScalar() is string json)
            {
                yield return (id, json);
            }
        }
    }

    /// <summary>The works a selection chooses, newest first, each with its owner and access (the caller filters them).</summary>
    public static IEnumerable<WorkListRow> List(StoreReader db, WorkSelection selection) => db.Connection.Query(
        $"SELECT w.id, w.title, w.year, w.kind, w.owner_org, w.access FROM works w WHERE w.id IN ({selection.Sql}) ORDER BY w.year DESC, w.id",
        Row, selection.Parameters);

    private static WorkListRow Row(DbDataReader r) =>
        new(r.GetInt64(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetInt32(2), r.GetString(3), r.GetInt64(4), r.GetString(5));
}
