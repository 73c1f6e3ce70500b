using System.Text.Json.Nodes;

namespace Zhiku.Storage.History;

/// <summary>
/// Keeps curated values over a re-import: the imported record with the fields curators set laid over it is what the
/// store shows and indexes, while the imported record itself goes to provenance (<c>entity_sources</c>) as before.
/// </summary>
internal static class CuratedOverlay
{
    /// <summary>The record to store for an import of <paramref name="imported"/>: itself, or with the curated fields over it.</summary>
    public static T Apply<T>(CommandCache sql, string entity, long id, T imported)
        where T : class
    {
        if (sql.Bind("SELECT fields FROM entity_curations WHERE entity = $1 AND entity_id = $2", entity, id).ExecuteScalar() is not string fields)
        {
            return imported;
        }

        var record = JsonNode.Parse(StoreJson.Serialize(imported))!.AsObject();
        Lay(record, JsonNode.Parse(fields)!.AsObject());
        return StoreJson.Deserialize<T>(record.ToJsonString(StoreJson.Options));
    }

    /// <summary>Whether the record has curated fields and the import brings a record other than the last one imported.</summary>
    public static bool NewImport<T>(CommandCache sql, string entity, long id, T imported) =>
        sql.Long("SELECT 1 FROM entity_curations WHERE entity = $1 AND entity_id = $2", entity, id) is not null
        && HistoryWriter.LatestImport(sql, entity, id) != StoreJson.Serialize(imported);

    /// <summary>Lays curated fields over a record: a value replaces the field, a null removes it.</summary>
    public static void Lay(JsonObject record, JsonObject curated)
    {
        foreach (var (name, value) in curated)
        {
            if (value is null)
            {
                record.Remove(name);
            }
            else
            {
                record[name] = value.DeepClone();
            }
        }
    }
}
