using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Outputs;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge.Reading;

/// <summary>Reads a project and its output works (through project_works) that the caller may see.</summary>
internal static class ProjectReader
{
    public static ProjectDetails? Read(StoreReader db, string publicId, Caller caller, DetailPaging paging)
    {
        if (EntityIds.Parse(EntityIds.Project, publicId) is not { } id
            || EntityRows.Project(db, id) is not { } row || !VisibleWorks.MaySeeEntity(caller, row.Owner, row.Access))
        {
            return null;
        }

        var record = PersonReader.TryRead<ProjectRecord>(row.Document);
        var (count, works, _) = VisibleWorks.Of(db, WorkSelection.OfProject(id), caller, paging.Size, paging.Offset(paging.Works));
        var outputs = OutputReads.OfProject(db, id).Where(o => caller.Scope.Allows(o.Owner, AccessLevels.Parse(o.Access)))
            .Select(o => new ProjectOutput(Search.Indexing.WorkIds.Format(o.WorkId), o.Title, o.Type, o.Date,
                OutputReads.EventsOf(db, o.WorkId) is { Count: > 0 } events ? events.Max(e => e.Event.Stage) : null));
        return new ProjectDetails(EntityIds.Format(EntityIds.Project, id), row.Name, record, count, works) { Outputs = [.. outputs] };
    }
}
