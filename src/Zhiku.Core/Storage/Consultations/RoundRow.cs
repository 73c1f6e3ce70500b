using System.Data.Common;

namespace Zhiku.Storage.Consultations;

/// <summary>A round as stored: its number, state, dates and, once closed, its statistics (JSON).</summary>
internal sealed record RoundRow(int N, string State, string Opens, string? Closes, string? ClosedAt, string? Statistics)
{
    public const string Columns = "n, state, opens, closes, closed_at, statistics";

    public static RoundRow Read(DbDataReader r) => new(
        (int)r.GetInt64(0), r.GetString(1), r.GetString(2), r.NullableString(3), r.NullableString(4), r.NullableString(5));
}
