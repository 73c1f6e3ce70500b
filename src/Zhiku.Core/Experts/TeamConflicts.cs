using Zhiku.Access;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Experts;

namespace Zhiku.Experts;

/// <summary>Why a candidate may not join a team: a listed conflict, a recent co-author of a named person, or an excluded organisation.</summary>
internal sealed class TeamConflicts
{
    private readonly Dictionary<long, TeamReason> _reasons = [];

    private TeamConflicts()
    {
    }

    public TeamReason? ReasonFor(long person) => _reasons.GetValueOrDefault(person);

    public static TeamConflicts Find(StoreReader db, Caller caller, TeamRequest request, IReadOnlyCollection<long> candidates)
    {
        var conflicts = new TeamConflicts();
        foreach (var listed in request.Conflicts.Where(c => !string.IsNullOrWhiteSpace(c)))
        {
            foreach (var id in Resolve(db, listed, "conflict"))
            {
                conflicts._reasons.TryAdd(id, new TeamReason(TeamReason.ListedConflict, [listed.Trim()], $"listed conflict of interest ({listed.Trim()})"));
            }
        }

        if (!string.IsNullOrWhiteSpace(request.ExcludeCoAuthorsOf))
        {
            var since = (request.AsOfYear ?? DateTime.UtcNow.Year) - request.WithinYears;
            foreach (var id in Resolve(db, request.ExcludeCoAuthorsOf, "--exclude-coauthors-of"))
            {
                var who = $"{EntityIds.Format(EntityIds.Person, id)}";
                conflicts._reasons.TryAdd(id, new TeamReason(TeamReason.NamedPerson, [who, request.ExcludeCoAuthorsOf.Trim()],
                    $"is {who} ({request.ExcludeCoAuthorsOf.Trim()}), whose co-authors are excluded"));
                foreach (var link in ExpertRows.CoAuthorLinks(db, [id])
                    .Where(l => l.Year >= since && caller.Scope.Allows(l.Owner, AccessLevels.Parse(l.Access)))
                    .OrderByDescending(l => l.Year).ThenBy(l => l.WorkId))
                {
                    var work = WorkIds.Format(link.WorkId);
                    var asOf = since + request.WithinYears;
                    conflicts._reasons.TryAdd(link.CoAuthorId, new TeamReason(
                        TeamReason.CoAuthor,
                        [work, Invariant(link.Year), who, Invariant(request.WithinYears), Invariant(asOf)],
                        $"co-authored {work} ({link.Year}) with {who} within {request.WithinYears} years of {asOf}"));
                }
            }
        }

        var organisations = request.ExcludeOrganisations.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim()).ToList();
        if (organisations.Count > 0)
        {
            foreach (var person in candidates.Where(c => !conflicts._reasons.ContainsKey(c)))
            {
                if (Affiliation(db, caller, person, organisations) is { } reason)
                {
                    conflicts._reasons[person] = reason;
                }
            }
        }

        return conflicts;
    }

    // Ids (P12) or exact names; an unknown person is a mistake in the request, not silently no conflict.
    private static List<long> Resolve(StoreReader db, string text, string what)
    {
        text = text.Trim();
        if (EntityIds.Parse(EntityIds.Person, text) is { } id)
        {
            return [id];
        }

        var named = ExpertRows.PeopleNamed(db, text).ToList();
        return named.Count > 0 ? named : throw new TeamPersonUnknownException(what, text);
    }

    private static string Invariant(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;

    private static TeamReason? Affiliation(StoreReader db, Caller caller, long person, List<string> organisations)
    {
        var row = ExpertRows.People(db, [person]).FirstOrDefault();
        if (row is not null && VisibleWorks.MaySeeEntity(caller, row.Owner, row.Access) && PersonReader.TryRead<PersonRecord>(row.Document) is { } record)
        {
            foreach (var affiliation in record.Affiliations)
            {
                if (organisations.FirstOrDefault(o => affiliation.Contains(o, StringComparison.OrdinalIgnoreCase)) is { } org)
                {
                    return new TeamReason(TeamReason.Affiliated, [org, affiliation], $"affiliated with {org} (their record: {affiliation})");
                }
            }
        }

        foreach (var work in ExpertRows.WorksOf(db, person).Where(w => w.Affiliations is not null && caller.Scope.Allows(w.Owner, AccessLevels.Parse(w.Access))))
        {
            foreach (var affiliation in PersonReader.TryRead<List<string>>(work.Affiliations!) ?? [])
            {
                if (organisations.FirstOrDefault(o => affiliation.Contains(o, StringComparison.OrdinalIgnoreCase)) is { } org)
                {
                    return new TeamReason(TeamReason.AffiliatedOnWork, [org, WorkIds.Format(work.WorkId), affiliation], $"affiliated with {org} (on {WorkIds.Format(work.WorkId)}: {affiliation})");
                }
            }
        }

        return null;
    }
}
