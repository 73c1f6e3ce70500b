using Zhiku.Access;
using Zhiku.Experts;

namespace Zhiku.Tests.Experts;

/// <summary>Teams assembled from the NBER experts: needs covered greedily, conflicts left out with their reasons.</summary>
public sealed class TeamAssemblerTests(NberExpertsCorpus corpus) : IClassFixture<NberExpertsCorpus>
{
    private static readonly string[] Needs = ["labor market", "health insurance", "monetary policy"];

    private Team Assemble(TeamRequest request) => corpus.Kb.Read(Caller.Owner).AssembleTeam(request);

    [Fact]
    public void A_team_of_three_covers_three_distinct_needs_and_says_who_covers_which()
    {
        var team = Assemble(new TeamRequest { Needs = Needs, Size = 3 });

        Assert.InRange(team.Members.Count, 1, 3);
        Assert.Empty(team.Uncovered);
        Assert.Equal(Needs.Order(), team.Members.SelectMany(m => m.Covers).Order());
        Assert.Equal(team.Members.Count * (team.Members.Count - 1) / 2, team.Distances.Count);
        Assert.Equal(team.Distances.Sum(d => d.Distance ?? CoAuthorGraph.MaxDistance + 1), team.CommunicationCost);
        Assert.NotEmpty(team.LeftOut);
        Assert.All(team.LeftOut, l => Assert.False(string.IsNullOrWhiteSpace(l.Reason)));
    }

    [Fact]
    public void A_team_of_one_leaves_needs_uncovered_and_says_the_team_was_full()
    {
        var team = Assemble(new TeamRequest { Needs = Needs, Size = 1 });

        var member = Assert.Single(team.Members);
        Assert.Equal(Needs.Length - member.Covers.Count, team.Uncovered.Count);
        Assert.Contains(team.LeftOut, l => l.Reason.StartsWith("the team is full (1)", StringComparison.Ordinal));
        Assert.Contains(team.LeftOut, l => l.Code == TeamReason.TeamFull && l.Values[0] == "1" && l.Values[1].Length > 0);
    }

    [Fact]
    public void Listed_conflicts_and_recent_co_authors_are_left_out_with_their_reasons()
    {
        var first = Assemble(new TeamRequest { Needs = Needs, Size = 3 }).Members[0];

        var team = Assemble(new TeamRequest { Needs = Needs, Size = 3, ExcludeCoAuthorsOf = first.Id, WithinYears = 10, AsOfYear = 2000 });
        var listed = Assemble(new TeamRequest { Needs = Needs, Size = 3, Conflicts = [first.Name] });

        Assert.DoesNotContain(team.Members, m => m.Id == first.Id);
        Assert.Contains(team.LeftOut, l => l.Id == first.Id && l.Reason.Contains("whose co-authors are excluded", StringComparison.Ordinal));
        Assert.All(team.LeftOut.Where(l => l.Reason.StartsWith("co-authored", StringComparison.Ordinal)), l => Assert.Contains($"with {first.Id}", l.Reason, StringComparison.Ordinal));
        Assert.DoesNotContain(listed.Members, m => m.Id == first.Id);
        Assert.Contains(listed.LeftOut, l => l.Id == first.Id && l.Reason == $"listed conflict of interest ({first.Name})");
        Assert.Contains(listed.LeftOut, l => l.Id == first.Id && l.Code == TeamReason.ListedConflict && l.Values.SequenceEqual(new[] { first.Name }));
        Assert.All(team.LeftOut.Where(l => l.Code == TeamReason.CoAuthor), l => Assert.Equal(new[] { first.Id, "10", "2000" }, l.Values.Skip(2)));
    }

    [Fact]
    public void An_unknown_person_named_as_a_conflict_is_a_mistake_in_the_request()
    {
        var e = Assert.Throws<TeamPersonUnknownException>(() => Assemble(new TeamRequest { Needs = Needs, Conflicts = ["Nobody Anybody"] }));

        Assert.Contains("no person is called 'Nobody Anybody'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requiring_research_and_policy_experience_reports_what_the_team_lacks()
    {
        // NBER working papers are think-tank reports: policy experience, no research works among them.
        var team = Assemble(new TeamRequest { Needs = Needs, Size = 3, RequireResearchAndPolicy = true });

        Assert.All(team.Members, m => Assert.True(m.Policy));
        Assert.Contains("research experience", team.Uncovered);
    }
}
