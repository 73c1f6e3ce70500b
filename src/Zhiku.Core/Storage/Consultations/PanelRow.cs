using System.Data.Common;

namespace Zhiku.Storage.Consultations;

/// <summary>A panellist as stored: the registry person, the user account they sign in with, their alias and any accepted conflict.</summary>
internal sealed record PanelRow(long PersonId, string PersonName, long UserId, string UserName, string Alias, string? Conflict, string AddedAt)
{
    public const string Select =
        "SELECT cp.person_id, COALESCE(p.name, ''), cp.user_id, COALESCE(u.user_name, ''), cp.alias, cp.conflict, cp.added_at FROM consultation_panel cp LEFT JOIN people p ON p.id = cp.person_id LEFT JOIN users u ON u.id = cp.user_id";

    public static PanelRow Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetInt64(2), r.GetString(3), r.GetString(4), r.NullableString(5), r.GetString(6));
}
