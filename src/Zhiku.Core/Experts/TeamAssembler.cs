using Zhiku.Knowledge.Reading;

namespace Zhiku.Experts;

/// <summary>
/// Greedy set cover of the needs by expertise (each need's top experts are its candidates), preferring at each step
/// the candidate who covers most uncovered needs, then the one closest to the team in the co-authorship graph, then
/// the stronger expert; conflicts are excluded with their reasons first.
/// </summary>
internal static class TeamAssembler
{
    private sealed record Candidate(long Id, string PublicId, string Name, Dictionary<string, double> Needs, List<ExpertEvidence> Evidence)
    {
        public bool Research { get; set; }

        public bool Policy { get; set; }
    }

    public static Team Assemble(ReadSession read, TeamRequest request)
    {
        var needs = request.Needs.Select(n => n.Trim()).Where(n => n.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (needs.Count == 0)
        {
            throw new ArgumentException("a team needs at least one need (topics separated by ';')");
        }

        if (request.Size < 1)
        {
            throw new ArgumentException($"a team's size must be at least 1, not {request.Size}");
        }

        var candidates = new Dictionary<long, Candidate>();
        foreach (var need in needs)
        {
            var found = ExpertFinder.Find(read, need, request.CandidatesPerNeed, ExpertRanking.Default).Experts;
            var top = found.Count > 0 ? found[0].Score : 1;
            foreach (var e in found)
            {
                var id = EntityIds.Parse(EntityIds.Person, e.Id)!.Value;
                var c = candidates.TryGetValue(id, out var known) ? known : candidates[id] = new Candidate(id, e.Id, e.Name, new(StringComparer.OrdinalIgnoreCase), []);
                c.Needs[need] = e.Score / top;
                c.Evidence.AddRange(e.Evidence.Take(2).Where(x => !c.Evidence.Contains(x)));
            }
        }

        using var db = read.Open();
        var conflicts = TeamConflicts.Find(db, read.Caller, request, candidates.Keys);
        var leftOut = new List<TeamLeftOut>();
        var open = new List<Candidate>();
        foreach (var c in candidates.Values.OrderBy(c => c.Id))
        {
            if (conflicts.ReasonFor(c.Id) is { } reason)
            {
                leftOut.Add(new TeamLeftOut(c.PublicId, c.Name, reason));
                continue;
            }

            var experience = ExpertiseProfiler.Build(db, c.PublicId, read.Caller)?.Experience;
            c.Research = experience?.Research ?? false;
            c.Policy = experience?.Policy ?? false;
            open.Add(c);
        }

        var graph = new CoAuthorGraph(db, read.Scope);
        var members = new List<(Candidate Who, List<string> Covers)>();
        var uncovered = new List<string>(needs);
        while (members.Count < request.Size)
        {
            var missing = Missing(request, members.Select(m => m.Who));
            var choice = open
                .Select(c => (Who: c, Gain: c.Needs.Keys.Where(uncovered.Contains).ToList(), Adds: missing.Count(k => k == "research" ? c.Research : c.Policy)))
                .Where(c => c.Gain.Count > 0 || c.Adds > 0)
                .Where(c => missing.Count == 0 || request.Size - members.Count > missing.Count || c.Adds > 0)
                .OrderByDescending(c => c.Gain.Count + c.Adds)
                .ThenBy(c => members.Count == 0 ? 0 : members.Min(m => graph.Distance(m.Who.Id, c.Who.Id) ?? CoAuthorGraph.MaxDistance + 1))
                .ThenByDescending(c => c.Gain.Sum(n => c.Who.Needs[n]))
                .ThenBy(c => c.Who.Id)
                .FirstOrDefault();
            if (choice.Who is null)
            {
                break;
            }

            members.Add((choice.Who, choice.Gain));
            open.Remove(choice.Who);
            uncovered.RemoveAll(choice.Gain.Contains);
        }

        foreach (var c in open)
        {
            var theirs = c.Needs.Keys.ToList();
            var still = string.Join("; ", theirs.Where(uncovered.Contains));
            var size = request.Size.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var coverers = string.Join(", ", members.Where(m => m.Covers.Intersect(theirs).Any()).Select(m => m.Who.Name));
            var reason = members.Count >= request.Size && theirs.Any(uncovered.Contains)
                ? new TeamReason(TeamReason.TeamFull, [size, still], $"the team is full ({request.Size}) before {still} was covered")
                : new TeamReason(TeamReason.Covered, [string.Join("; ", theirs), coverers],
                    $"covers {string.Join("; ", theirs)}, which {(coverers.Length > 0 ? coverers : "the members")} already cover{(members.Count > 0 ? string.Empty : "s")}");
            leftOut.Add(new TeamLeftOut(c.PublicId, c.Name, reason));
        }

        var distances = new List<TeamDistance>();
        var cost = 0;
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var d = graph.Distance(members[i].Who.Id, members[j].Who.Id);
                distances.Add(new TeamDistance(members[i].Who.PublicId, members[j].Who.PublicId, d));
                cost += d ?? CoAuthorGraph.MaxDistance + 1;
            }
        }

        var stillMissing = Missing(request, members.Select(m => m.Who)).Select(k => $"{k} experience");
        return new Team(
            [.. members.Select(m => new TeamMember(m.Who.PublicId, m.Who.Name, m.Covers, m.Who.Research, m.Who.Policy, [.. m.Who.Evidence.Take(4)]))],
            [.. uncovered.Concat(stillMissing)], cost, distances, leftOut);
    }

    private static List<string> Missing(TeamRequest request, IEnumerable<Candidate> members)
    {
        if (!request.RequireResearchAndPolicy)
        {
            return [];
        }

        var list = members.ToList();
        var missing = new List<string>();
        if (!list.Any(m => m.Research))
        {
            missing.Add("research");
        }

        if (!list.Any(m => m.Policy))
        {
            missing.Add("policy");
        }

        return missing;
    }
}
