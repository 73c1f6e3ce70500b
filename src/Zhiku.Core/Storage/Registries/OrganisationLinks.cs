using Zhiku.Model;

namespace Zhiku.Storage.Registries;

/// <summary>
/// Links registry organisations to the works that name them, in the caller's write transaction, whichever arrives
/// first: a written work is matched against the registry's names, a registry organisation against the names works
/// carry. A work that gains a link gets a change number, so the index adds the organisation to its org field and facet.
/// </summary>
internal sealed class OrganisationLinks(WriteSession session)
{
    private readonly CommandCache sql = session.Sql;

    /// <summary>Records the organisation names a work carries and links it to the registry organisations they name.</summary>
    public void ForWork(long workId, WorkRecord record, bool isNew)
    {
        if (!isNew)
        {
            sql.Defer("DELETE FROM work_org_names WHERE work_id = $1", workId);
            sql.Defer("DELETE FROM organisation_works WHERE work_id = $1", workId);
        }

        var mentions = OrganisationMentions.Of(record);
        if (mentions.Count == 0)
        {
            return;
        }

        sql.InsertRows("work_org_names(norm, work_id, method, text)", 4,
            [.. mentions.Select(m => new object?[] { m.Norm, workId, m.Method, m.Text })]);
        sql.Defer(
            """
            INSERT INTO organisation_works(org_id, work_id, method, evidence)
            SELECT n.org_id, m.work_id, m.method, m.text FROM work_org_names m JOIN organisation_names n ON n.norm = m.norm
            WHERE m.work_id = $1
            ON CONFLICT DO NOTHING
            """,
            workId);
    }

    /// <summary>
    /// Records a registry organisation's names and links it to the stored works that carry one of them; returns how many
    /// works gained the organisation (each gets a change number for the index).
    /// </summary>
    public int ForOrganisation(long orgId, OrganisationRecord org, long? batchId)
    {
        var gained = new SortedSet<long>();
        foreach (var norm in OrganisationMentions.NamesOf(org))
        {
            sql.Execute("INSERT INTO organisation_names(norm, org_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", norm, orgId);
            using (var reader = sql.Bind(
                "SELECT DISTINCT m.work_id FROM work_org_names m WHERE m.norm = $1 AND NOT EXISTS (SELECT 1 FROM organisation_works o WHERE o.org_id = $2 AND o.work_id = m.work_id)",
                norm, orgId).ExecuteReader())
            {
                while (reader.Read())
                {
                    gained.Add(reader.GetInt64(0));
                }
            }

            sql.Execute(
                "INSERT INTO organisation_works(org_id, work_id, method, evidence) SELECT $1, work_id, method, text FROM work_org_names WHERE norm = $2 ON CONFLICT DO NOTHING",
                orgId, norm);
        }

        foreach (var workId in gained)
        {
            var seq = session.Changes.Append("work", workId, "update", batchId);
            sql.Execute("UPDATE works SET updated_seq = $1 WHERE id = $2", seq, workId);
        }

        return gained.Count;
    }
}
