namespace Zhiku.Storage.Thesaurus;

/// <summary>Reads of the thesaurus and of the keywords its proposals are made from.</summary>
internal static class ThesaurusRows
{
    /// <summary>The entries, of one status when given, by preferred term then variant.</summary>
    public static List<ThesaurusRow> Entries(StoreReader db, string? status = null) => [.. (status is null
        ? db.Connection.Query($"SELECT {ThesaurusRow.Columns} FROM thesaurus ORDER BY preferred_key, variant_key", ThesaurusRow.Read)
        : db.Connection.Query($"SELECT {ThesaurusRow.Columns} FROM thesaurus WHERE status = @s ORDER BY preferred_key, variant_key", ThesaurusRow.Read, ("@s", status)))];

    /// <summary>One entry, or null.</summary>
    public static ThesaurusRow? Entry(StoreReader db, long id) => db.Connection.First(
        $"SELECT {ThesaurusRow.Columns} FROM thesaurus WHERE id = @id", ThesaurusRow.Read, ("@id", id));

    /// <summary>
    /// What changes whenever the thesaurus does: the latest change's sequence number and the number of entries (a
    /// removal lowers the count; sequence numbers are never reused, so the pair never comes back with other content).
    /// </summary>
    public static (long Seq, long Count) Stamp(StoreReader db) => db.Connection.First(
        "SELECT COALESCE(MAX(updated_seq), 0), COUNT(*) FROM thesaurus", r => (r.GetInt64(0), r.GetInt64(1)));
}
