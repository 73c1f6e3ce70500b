using System.Data.Common;

namespace Zhiku.Storage.People;

/// <summary>
/// A merge as stored: the person kept and the person merged into them, the merged person's own row, the authorships
/// and identifiers that moved (JSON), the evidence (JSON), who merged and when, and who undid it and when.
/// </summary>
internal sealed record PersonMergeRow(
    long Id, long SurvivorId, long MergedId, string MergedRow, string Authorships, string Ids, string Evidence,
    string MergedBy, string MergedAt, string? UnmergedBy, string? UnmergedAt)
{
    public const string Columns = "id, survivor_id, merged_id, merged_row, authorships, ids, evidence, merged_by, merged_at, unmerged_by, unmerged_at";

    public static PersonMergeRow Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetString(7), r.GetString(8), r.NullableString(9), r.NullableString(10));
}

/// <summary>A person's own row as a merge keeps it, to put back exactly.</summary>
internal sealed record StoredPersonRow(string Name, string NormName, string Doc, long Owner, string Access);
