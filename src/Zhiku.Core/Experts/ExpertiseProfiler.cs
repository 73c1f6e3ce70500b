using Zhiku.Access;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search.Indexing;
using Zhiku.Storage;
using Zhiku.Storage.Experts;
using Zhiku.Storage.Reading;

namespace Zhiku.Experts;

/// <summary>Builds a person's expertise profile from the records the caller may see (a hidden work is no evidence).</summary>
internal static class ExpertiseProfiler
{
    /// <summary>Recency half-life of a topic's evidence, in years.</summary>
    private const double HalfLife = 8;

    private const int EvidencePerClaim = 5;

    public static ExpertiseProfile? Build(StoreReader db, string publicId, Caller caller, int topicLimit = 25)
    {
        if (EntityIds.Parse(EntityIds.Person, publicId) is not { } id || EntityRows.Person(db, id, caller.Scope) is not { } row)
        {
            return null;
        }

        var record = VisibleWorks.MaySeeEntity(caller, row.Owner, row.Access) ? PersonReader.TryRead<PersonRecord>(row.Document) : null;
        var works = ExpertRows.WorksOf(db, id).Where(w => caller.Scope.Allows(w.Owner, AccessLevels.Parse(w.Access))).ToList();
        var byId = works.ToDictionary(w => w.WorkId);
        var newest = works.Select(w => w.Year ?? 0).DefaultIfEmpty(DateTime.UtcNow.Year).Max();
        var personId = EntityIds.Format(EntityIds.Person, id);
        var self = new ExpertEvidence(personId, $"record of {row.Name}");

        var topics = new Dictionary<string, (double Weight, List<AuthoredWorkRow> Works)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (workId, label) in EntityRows.Topics(db, WorkSelection.ByAuthor(id)))
        {
            if (byId.TryGetValue(workId, out var work))
            {
                var weight = ExpertWeights.Recency(work.Year, newest, HalfLife) * ExpertWeights.Share(work.Position, work.Authors, 0.5, 1.5);
                var entry = topics.GetValueOrDefault(label, (0, []));
                if (!entry.Works.Any(w => w.WorkId == workId))
                {
                    entry.Works.Add(work);
                    topics[label] = (entry.Weight + weight, entry.Works);
                }
            }
        }

        var topicList = topics
            .Select(t => new ExpertiseTopic(t.Key, Math.Round(t.Value.Weight, 4), t.Value.Works.Count, Evidence(t.Value.Works)))
            .Concat((record?.Expertise ?? []).Where(e => !string.IsNullOrWhiteSpace(e) && !topics.ContainsKey(e)).Select(e => new ExpertiseTopic(e.Trim(), 0, 0, [self])))
            .OrderByDescending(t => t.Weight).ThenBy(t => t.Topic, StringComparer.Ordinal).Take(topicLimit).ToList();

        var roles = Roles(record, self);
        var policyWorks = works.Where(w => ExperienceKinds.IsPolicyOutput(Enum.Parse<WorkKind>(w.Kind))).ToList();
        var researchWorks = works.Where(w => ExperienceKinds.IsResearch(Enum.Parse<WorkKind>(w.Kind))).ToList();
        var policyEvidence = Evidence(policyWorks).Concat(roles.Where(r => ExperienceKinds.IsPolicyRole(r.Role)).Select(r => r.Source with { Title = r.Role })).ToList();
        var researchEvidence = Evidence(researchWorks).Concat(roles.Where(r => ExperienceKinds.IsResearchRole(r.Role)).Select(r => r.Source with { Title = r.Role })).ToList();

        return new ExpertiseProfile(
            personId, row.Name, works.Count, topicList, Projects(db, id, row.Name, caller, byId), Evidence(policyWorks, 20), roles,
            new ExpertiseExperience(researchEvidence.Count > 0, policyEvidence.Count > 0, researchEvidence, policyEvidence));
    }

    // Newest first: the evidence a reader checks first is the most recent.
    internal static List<ExpertEvidence> Evidence(IEnumerable<AuthoredWorkRow> works, int limit = EvidencePerClaim) =>
        [.. works.OrderByDescending(w => w.Year ?? 0).ThenBy(w => w.WorkId).Take(limit).Select(w => new ExpertEvidence(WorkIds.Format(w.WorkId), w.Title, w.Year))];

    private static List<ExpertiseRole> Roles(PersonRecord? record, ExpertEvidence self)
    {
        var roles = new List<string>();
        if (!string.IsNullOrWhiteSpace(record?.Title))
        {
            roles.Add(record.Title.Trim());
        }

        foreach (var key in new[] { "role", "roles", "position", "positions", "职务", "职称" })
        {
            if (record?.Extra.TryGetValue(key, out var value) == true && !string.IsNullOrWhiteSpace(value))
            {
                roles.AddRange(value.Split([';', '；'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            }
        }

        return [.. roles.Distinct(StringComparer.Ordinal).Select(r => new ExpertiseRole(r, self))];
    }

    private static List<ExpertiseProject> Projects(StoreReader db, long id, string name, Caller caller, Dictionary<long, AuthoredWorkRow> works)
    {
        var projects = new Dictionary<long, (string Title, string How, List<AuthoredWorkRow> Works)>();
        foreach (var p in ExpertRows.ProjectsOf(db, id, name))
        {
            if (!caller.Scope.Allows(p.Owner, AccessLevels.Parse(p.Access)))
            {
                continue;
            }

            if (p.WorkId is { } workId)
            {
                if (works.TryGetValue(workId, out var work))
                {
                    var entry = projects.GetValueOrDefault(p.ProjectId, (p.Title, "output", []));
                    entry.Works.Add(work);
                    projects[p.ProjectId] = entry;
                }
            }
            else if (Names(p.Document, name) is { } how && !projects.ContainsKey(p.ProjectId))
            {
                projects[p.ProjectId] = (p.Title, how, []);
            }
        }

        return [.. projects.OrderByDescending(p => p.Value.Works.Count).ThenBy(p => p.Key).Select(p =>
        {
            var projectId = EntityIds.Format(EntityIds.Project, p.Key);
            var evidence = p.Value.Works.Count > 0 ? Evidence(p.Value.Works) : [new ExpertEvidence(projectId, p.Value.Title)];
            return new ExpertiseProject(projectId, p.Value.Title, p.Value.How, evidence);
        })];
    }

    // A project's record names the person as its lead or a member (a mere mention elsewhere in the record is no role).
    private static string? Names(string document, string name)
    {
        var project = PersonReader.TryRead<ProjectRecord>(document);
        return project is null ? null
            : string.Equals(project.Lead?.Trim(), name, StringComparison.OrdinalIgnoreCase) ? "lead"
            : project.Members.Any(m => string.Equals(m.Trim(), name, StringComparison.OrdinalIgnoreCase)) ? "member"
            : null;
    }
}
