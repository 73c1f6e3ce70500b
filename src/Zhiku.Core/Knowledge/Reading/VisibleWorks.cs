using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Search;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge.Reading;

/// <summary>Lists the works a selection chooses, keeping only those the caller may see (newest first).</summary>
internal static class VisibleWorks
{
    /// <summary>How many visible works the selection chooses, <paramref name="limit"/> of them after the first <paramref name="offset"/>, and all their ids.</summary>
    public static (int Count, List<WorkSummary> Works, HashSet<long> Ids) Of(StoreReader db, WorkSelection selection, Caller caller, int limit, int offset = 0)
    {
        var scope = caller.Scope;
        var works = new List<WorkSummary>();
        var ids = new HashSet<long>();
        foreach (var row in WorkRows.List(db, selection))
        {
            if (!scope.Allows(row.Owner, AccessLevels.Parse(row.Access)))
            {
                continue;
            }

            ids.Add(row.Id);
            if (ids.Count > offset && works.Count < limit)
            {
                works.Add(new WorkSummary(WorkIds.Format(row.Id), row.Title, row.Year, WorkKinds.Name(Enum.Parse<WorkKind>(row.Kind))));
            }
        }

        return (ids.Count, works, ids);
    }

    /// <summary>Whether the caller may see a registry row (person, organisation, project) of the given owner (null: none) and access.</summary>
    public static bool MaySeeEntity(Caller caller, long? owner, string access) => caller.Scope.Allows(owner, AccessLevels.Parse(access));
}
