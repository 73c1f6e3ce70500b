using System.Data.Common;

namespace Zhiku.Storage.Thesaurus;

/// <summary>A thesaurus entry as stored (evidence as JSON).</summary>
internal sealed record ThesaurusRow(
    long Id, string Variant, string VariantKey, string Preferred, string PreferredKey, string Kind, string Status,
    string Origin, string Evidence, string CreatedBy, string CreatedAt, string? DecidedBy, string? DecidedAt)
{
    public const string Columns =
        "id, variant, variant_key, preferred, preferred_key, kind, status, origin, evidence, created_by, created_at, decided_by, decided_at";

    public static ThesaurusRow Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetString(5), r.GetString(6),
        r.GetString(7), r.GetString(8), r.GetString(9), r.GetString(10), r.NullableString(11), r.NullableString(12));
}
