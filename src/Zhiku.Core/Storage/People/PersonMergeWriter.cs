using System.Globalization;

namespace Zhiku.Storage.People;

/// <summary>
/// Writes merges of people and their undoing in one transaction each. A merge moves the merged person's authorships
/// and identifiers to the person kept and removes the merged person's row, keeping all three in the merge's record;
/// an unmerge puts back exactly what moved. Both append person changes to the feed, so the entity search follows.
/// </summary>
internal sealed class PersonMergeWriter(WriteSession session)
{
    private readonly CommandCache sql = session.Sql;

    /// <summary>The person's own row, or null when there is none (unknown, or merged away).</summary>
    public StoredPersonRow? Person(long id)
    {
        using var reader = sql.Bind("SELECT name, norm_name, doc, owner_org, access FROM people WHERE id = $1", id).ExecuteReader();
        return reader.Read() ? new StoredPersonRow(reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4)) : null;
    }

    /// <summary>Merges <paramref name="merged"/> into <paramref name="survivor"/> (both exist) and returns the merge's id.</summary>
    public long Merge(long survivor, long merged, string evidence, string by)
    {
        var row = Person(merged) ?? throw new InvalidOperationException($"person {merged} does not exist");
        var authorships = Pairs("SELECT work_id, position FROM authorships WHERE person_id = $1 ORDER BY work_id, position", merged,
            r => new object[] { r.GetInt64(0), r.GetInt32(1) });
        var ids = Pairs("SELECT scheme, value FROM person_ids WHERE person_id = $1 ORDER BY scheme, value", merged,
            r => new object[] { r.GetString(0), r.GetString(1) });
        var id = session.NextId("person_merges");
        sql.Execute(
            "INSERT INTO person_merges(id, survivor_id, merged_id, merged_row, authorships, ids, evidence, merged_by, merged_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            id, survivor, merged, StoreJson.Serialize(row), StoreJson.Serialize(authorships), StoreJson.Serialize(ids), evidence, by, Now());
        sql.Execute("UPDATE authorships SET person_id = $1 WHERE person_id = $2", survivor, merged);
        sql.Execute("UPDATE person_ids SET person_id = $1 WHERE person_id = $2", survivor, merged);
        sql.Execute("DELETE FROM people WHERE id = $1", merged);
        Touch(survivor);
        session.Changes.Append("person", merged, "delete", null);
        return id;
    }

    /// <summary>Undoes a merge that is still in force: the merged person's row, authorships and identifiers come back.</summary>
    public void Unmerge(PersonMergeRow merge, string by)
    {
        var row = StoreJson.Deserialize<StoredPersonRow>(merge.MergedRow)!;
        var seq = session.Changes.Append("person", merge.MergedId, "insert", null);
        sql.Execute(
            "INSERT INTO people(id, name, norm_name, doc, owner_org, access, updated_seq) VALUES ($1, $2, $3, $4, $5, $6, $7)",
            merge.MergedId, row.Name, row.NormName, row.Doc, row.Owner, row.Access, seq);
        foreach (var pair in StoreJson.Deserialize<List<System.Text.Json.JsonElement[]>>(merge.Authorships)!)
        {
            sql.Execute("UPDATE authorships SET person_id = $1 WHERE work_id = $2 AND position = $3 AND person_id = $4",
                merge.MergedId, pair[0].GetInt64(), pair[1].GetInt32(), merge.SurvivorId);
        }

        foreach (var pair in StoreJson.Deserialize<List<string[]>>(merge.Ids)!)
        {
            sql.Execute("UPDATE person_ids SET person_id = $1 WHERE scheme = $2 AND value = $3 AND person_id = $4",
                merge.MergedId, pair[0], pair[1], merge.SurvivorId);
        }

        sql.Execute("UPDATE person_merges SET unmerged_by = $1, unmerged_at = $2 WHERE id = $3", by, Now(), merge.Id);
        Touch(merge.SurvivorId);
    }

    /// <summary>The merge of that id, or null.</summary>
    public PersonMergeRow? Find(long id)
    {
        using var reader = sql.Bind($"SELECT {PersonMergeRow.Columns} FROM person_merges WHERE id = $1", id).ExecuteReader();
        return reader.Read() ? PersonMergeRow.Read(reader) : null;
    }

    /// <summary>The merge in force that removed a person (the one to undo first), or null.</summary>
    public long? MergeInForceOf(long mergedId) =>
        sql.Long("SELECT id FROM person_merges WHERE merged_id = $1 AND unmerged_at IS NULL ORDER BY id DESC LIMIT 1", mergedId);

    /// <summary>Remembers that a curator decided two people are not one (smaller id first); deciding again overwrites.</summary>
    public void Reject(long a, long b, string by)
    {
        var (low, high) = a < b ? (a, b) : (b, a);
        sql.Execute("DELETE FROM person_decisions WHERE a = $1 AND b = $2", low, high);
        sql.Execute("INSERT INTO person_decisions(a, b, decision, decided_by, decided_at) VALUES ($1, $2, 'rejected', $3, $4)", low, high, by, Now());
    }

    private void Touch(long person)
    {
        var seq = session.Changes.Append("person", person, "update", null);
        sql.Execute("UPDATE people SET updated_seq = $1 WHERE id = $2", seq, person);
    }

    private List<object[]> Pairs(string query, long id, Func<System.Data.Common.DbDataReader, object[]> map)
    {
        var list = new List<object[]>();
        using var reader = sql.Bind(query, id).ExecuteReader();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list;
    }

    private static string Now() => DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
}
