using System.Globalization;

namespace Zhiku.Storage.Thesaurus;

/// <summary>
/// Writes thesaurus entries, one transaction each call; every write is a change in the feed (entity "thesaurus"), so
/// the entry's sequence number tells readers on every node that the thesaurus changed.
/// </summary>
internal sealed class ThesaurusWriter(WriteSession session)
{
    private readonly CommandCache sql = session.Sql;

    /// <summary>The entry of a variant key, or null.</summary>
    public ThesaurusRow? ByVariant(string variantKey)
    {
        using var reader = sql.Bind($"SELECT {ThesaurusRow.Columns} FROM thesaurus WHERE variant_key = $1", variantKey).ExecuteReader();
        return reader.Read() ? ThesaurusRow.Read(reader) : null;
    }

    /// <summary>The entry of an id, or null.</summary>
    public ThesaurusRow? Find(long id)
    {
        using var reader = sql.Bind($"SELECT {ThesaurusRow.Columns} FROM thesaurus WHERE id = $1", id).ExecuteReader();
        return reader.Read() ? ThesaurusRow.Read(reader) : null;
    }

    /// <summary>The accepted entries' variant and preferred keys (to refuse a cycle).</summary>
    public Dictionary<string, string> AcceptedKeys()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = sql.Bind("SELECT variant_key, preferred_key FROM thesaurus WHERE status = 'accepted'").ExecuteReader();
        while (reader.Read())
        {
            map[reader.GetString(0)] = reader.GetString(1);
        }

        return map;
    }

    /// <summary>Inserts an entry, or replaces the one of the same variant; returns its id.</summary>
    public long Put(ThesaurusRow row)
    {
        var existing = ByVariant(row.VariantKey);
        var id = existing?.Id ?? session.NextId("thesaurus");
        var seq = session.Changes.Append("thesaurus", id, existing is null ? "insert" : "update", null);
        if (existing is not null)
        {
            sql.Execute("DELETE FROM thesaurus WHERE id = $1", id);
        }

        sql.Execute(
            "INSERT INTO thesaurus(id, variant, variant_key, preferred, preferred_key, kind, status, origin, evidence, created_by, created_at, decided_by, decided_at, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
            id, row.Variant, row.VariantKey, row.Preferred, row.PreferredKey, row.Kind, row.Status, row.Origin, row.Evidence,
            row.CreatedBy, row.CreatedAt, row.DecidedBy, row.DecidedAt, seq);
        return id;
    }

    /// <summary>Sets an entry's status with who decided and when.</summary>
    public void Decide(long id, string status, string by)
    {
        var seq = session.Changes.Append("thesaurus", id, "update", null);
        sql.Execute("UPDATE thesaurus SET status = $1, decided_by = $2, decided_at = $3, updated_seq = $4 WHERE id = $5", status, by, Now(), seq, id);
    }

    /// <summary>Removes an entry: the variant is a term of its own again.</summary>
    public void Remove(long id)
    {
        session.Changes.Append("thesaurus", id, "delete", null);
        sql.Execute("DELETE FROM thesaurus WHERE id = $1", id);
    }

    public static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
