using System.Data.Common;

namespace Zhiku.Storage.Consultations;

/// <summary>A consultation as stored: its topic, owner organisation, optional project, consensus rule and state.</summary>
internal sealed record ConsultationRow(
    long Id, string Topic, string Description, long OwnerOrg, long? ProjectId, string Rule, string State, string CreatedBy, string CreatedAt)
{
    public const string Columns = "id, topic, description, owner_org, project_id, rule, state, created_by, created_at";

    public static ConsultationRow Read(DbDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt64(3), r.NullableLong(4), r.GetString(5), r.GetString(6), r.GetString(7), r.GetString(8));
}
