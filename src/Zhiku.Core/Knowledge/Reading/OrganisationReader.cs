using Zhiku.Access;
using Zhiku.Model;
using Zhiku.Storage;
using Zhiku.Storage.Reading;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// Reads an organisation: the people affiliated with it, the visible works it owns, those linked to it and those of its
/// people, and its projects.
/// </summary>
internal static class OrganisationReader
{
    public static OrganisationDetails? Read(StoreReader db, string publicId, Caller caller, DetailPaging paging)
    {
        if (EntityIds.Parse(EntityIds.Organisation, publicId) is not { } id
            || EntityRows.Organisation(db, id) is not { } row || !VisibleWorks.MaySeeEntity(caller, row.Owner, row.Access))
        {
            return null;
        }

        var name = row.Name;
        var record = PersonReader.TryRead<OrganisationRecord>(row.Document);
        var (count, works, _) = VisibleWorks.Of(db, WorkSelection.OwnedBy(id), caller, paging.Size, paging.Offset(paging.Works));
        // Its people: those whose own (visible) record names it, and the authors it is the affiliation of in visible works.
        var people = EntityRows.PeopleOf(db, name, caller.Scope).Select(p => Summary(EntityIds.Person, p)).ToList();
        // Works of the organisation's people: an authorship affiliated with it, or an author among its people the caller
        // may see (a hidden person's registry record must not reveal, through their works, that they belong to it).
        var personIds = people.Select(p => EntityIds.Parse(EntityIds.Person, p.Id)).OfType<long>().ToArray();
        var (memberCount, memberWorks, _) = VisibleWorks.Of(db, WorkSelection.OfMembers(id, name, personIds), caller, paging.Size, paging.Offset(paging.MemberWorks));
        var (linkedCount, linkedWorks, _) = VisibleWorks.Of(db, WorkSelection.LinkedTo(id), caller, paging.Size);
        var links = EntityRows.OrganisationWorkLinks(db, id)
            .Where(l => caller.Scope.Allows(l.Owner, AccessLevels.Parse(l.Access)))
            .GroupBy(l => l.Method, StringComparer.Ordinal)
            .Select(g => new OrganisationLink(g.Key, g.Select(l => l.WorkId).Distinct().Count()))
            .OrderByDescending(l => l.Works).ThenBy(l => l.Method, StringComparer.Ordinal)
            .ToList();
        var projects = EntityRows.ProjectsNaming(db, name)
            .Where(p => VisibleWorks.MaySeeEntity(caller, p.Owner, p.Access))
            .Select(p => Summary(EntityIds.Project, p))
            .ToList();
        return new OrganisationDetails(
            EntityIds.Format(EntityIds.Organisation, id), name, record, [.. people.Skip(paging.Offset(paging.People)).Take(paging.Size)], count, works,
            [.. projects.Skip(paging.Offset(paging.Projects)).Take(paging.Size)], memberCount, memberWorks)
        {
            PeopleCount = people.Count,
            ProjectCount = projects.Count,
            LinkedWorkCount = linkedCount,
            LinkedWorks = linkedWorks,
            Links = links,
        };
    }

    private static EntitySummary Summary(char prefix, EntityListRow row) => new(EntityIds.Format(prefix, row.Id), row.Name);
}
