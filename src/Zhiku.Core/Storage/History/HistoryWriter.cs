using System.Data.Common;
using System.Globalization;

namespace Zhiku.Storage.History;

/// <summary>
/// The writes of the editing path in the caller's transaction: a registry row with its revision, its versions, the
/// fields curators set over the imported values, and the latest imported record.
/// </summary>
internal sealed class HistoryWriter(WriteSession session)
{
    private readonly CommandCache sql = session.Sql;

    public EditableRow? Row(string table, long id)
    {
        using var reader = sql.Bind($"SELECT doc, owner_org, access, updated_seq FROM {table} WHERE id = $1", id).ExecuteReader();
        return reader.Read()
            ? new EditableRow(id, reader.GetString(0), reader.NullableLong(1), reader.GetString(2), reader.GetInt64(3))
            : null;
    }

    /// <summary>The highest version number of a record (0 when it has none).</summary>
    public int LastVersion(string entity, long id) =>
        (int)(sql.Long("SELECT MAX(version) FROM entity_versions WHERE entity = $1 AND entity_id = $2", entity, id) ?? 0);

    public EntityVersionRow? Version(string entity, long id, int version)
    {
        using var reader = sql.Bind(
            "SELECT version, author, at, doc, access, summary FROM entity_versions WHERE entity = $1 AND entity_id = $2 AND version = $3",
            entity, id, version).ExecuteReader();
        return reader.Read() ? HistoryRows.Map(reader) : null;
    }

    public void AddVersion(string entity, long id, int version, string author, string doc, string access, string summary) =>
        sql.Execute(
            "INSERT INTO entity_versions(entity, entity_id, version, author, at, doc, access, summary) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            entity, id, version, author, DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture), doc, access, summary);

    /// <summary>The fields curators set (a JSON object), or null when none.</summary>
    public string? Curated(string entity, long id) => Text("SELECT fields FROM entity_curations WHERE entity = $1 AND entity_id = $2", entity, id);

    public void SetCurated(string entity, long id, string? fields)
    {
        sql.Execute("DELETE FROM entity_curations WHERE entity = $1 AND entity_id = $2", entity, id);
        if (fields is not null)
        {
            sql.Execute("INSERT INTO entity_curations(entity, entity_id, fields) VALUES ($1, $2, $3)", entity, id, fields);
        }
    }

    /// <summary>The record as the latest import gave it, or null for a record no registry file named.</summary>
    public string? Imported(string entity, long id) => LatestImport(sql, entity, id);

    internal static string? LatestImport(CommandCache sql, string entity, long id)
    {
        using var reader = sql.Bind(
            "SELECT doc FROM entity_sources WHERE entity = $1 AND entity_id = $2 ORDER BY batch_id DESC, record DESC LIMIT 1", entity, id).ExecuteReader();
        return reader.Read() ? reader.GetString(0) : null;
    }

    private string? Text(string query, params object?[] values) =>
        sql.Bind(query, values).ExecuteScalar() is string s ? s : null;
}

/// <summary>Reads of the history for the readers of a record.</summary>
internal static class HistoryRows
{
    public static IReadOnlyList<EntityVersionRow> Versions(StoreReader db, string entity, long id) =>
    [
        .. db.Connection.Query(
            "SELECT version, author, at, doc, access, summary FROM entity_versions WHERE entity = @e AND entity_id = @id ORDER BY version",
            Map, ("@e", entity), ("@id", id)),
    ];

    public static string? Curated(StoreReader db, string entity, long id) => db.Connection.First(
        "SELECT fields FROM entity_curations WHERE entity = @e AND entity_id = @id", r => r.GetString(0), ("@e", entity), ("@id", id));

    public static string? Imported(StoreReader db, string entity, long id) => db.Connection.First(
        "SELECT doc FROM entity_sources WHERE entity = @e AND entity_id = @id ORDER BY batch_id DESC, record DESC LIMIT 1",
        r => r.GetString(0), ("@e", entity), ("@id", id));

    public static EditableRow? Row(StoreReader db, string table, long id) => db.Connection.First(
        $"SELECT doc, owner_org, access, updated_seq FROM {table} WHERE id = @id",
        r => new EditableRow(id, r.GetString(0), r.NullableLong(1), r.GetString(2), r.GetInt64(3)), ("@id", id));

    internal static EntityVersionRow Map(DbDataReader r) =>
        new(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5));
}
