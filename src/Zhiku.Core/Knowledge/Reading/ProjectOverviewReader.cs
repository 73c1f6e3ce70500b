using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge.Reading;

/// <summary>Counts the visible projects by stage and lists their overdue milestones, for the dashboard.</summary>
internal static class ProjectOverviewReader
{
    public static ProjectOverview Read(StoreReader db, Caller caller, string today)
    {
        var counts = ProjectStages.Names.ToDictionary(s => s, _ => 0, StringComparer.Ordinal);
        var none = 0;
        var overdue = new List<OverdueMilestone>();
        foreach (var (id, row) in EntityRows.Projects(db).Where(p => VisibleWorks.MaySeeEntity(caller, p.Row.Owner, p.Row.Access)))
        {
            var record = PersonReader.TryRead<ProjectRecord>(row.Document);
            if (record?.Stage is { } stage && counts.ContainsKey(stage))
            {
                counts[stage]++;
            }
            else
            {
                none++;
            }

            foreach (var m in record?.Milestones ?? [])
            {
                if (m.OverdueOn(today))
                {
                    overdue.Add(new OverdueMilestone(EntityIds.Format(EntityIds.Project, id), row.Name, m.Title, m.Due!, m.Output));
                }
            }
        }

        return new ProjectOverview(
            [.. ProjectStages.Names.Select(s => new StageCount(s, counts[s])), new StageCount("", none)],
            [.. overdue.OrderBy(o => o.Due, StringComparer.Ordinal).ThenBy(o => o.ProjectId, StringComparer.Ordinal)]);
    }
}
