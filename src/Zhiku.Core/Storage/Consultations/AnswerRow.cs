using System.Data.Common;

namespace Zhiku.Storage.Consultations;

/// <summary>One expert's answer to one item in one round as stored (a number, or a JSON array for rankings and pairwise judgements).</summary>
internal sealed record AnswerRow(int Round, int Item, long UserId, string? Value, double? Confidence, string? Reason, string? Comment, string AnsweredAt)
{
    public const string Columns = "round, item, user_id, value, confidence, reason, comment, answered_at";

    public static AnswerRow Read(DbDataReader r) => new(
        (int)r.GetInt64(0), (int)r.GetInt64(1), r.GetInt64(2), r.NullableString(3), r.IsDBNull(4) ? null : r.GetDouble(4),
        r.NullableString(5), r.NullableString(6), r.GetString(7));
}
