using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.Experts;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku experts team --need "a; b; c" --size N</c>: a team covering the needs, with who was left out and why.</summary>
internal static class ExpertsTeamCommand
{
    public static Command Create(CliContext context)
    {
        var need = new Option<string>("--need") { Description = "The needs: topics separated by ';'", Required = true };
        var size = new Option<int>("--size") { Description = "The largest team", DefaultValueFactory = _ => 3 };
        var both = new Option<bool>("--require-research-and-policy") { Description = "The team must hold research and policy experience (from works and roles)" };
        var org = new Option<string[]>("--exclude-org") { Description = "Leave out the people of an organisation (an evaluated unit); repeatable" };
        var coauthorsOf = new Option<string?>("--exclude-coauthors-of") { Description = "Leave out a person (id or exact name) and their recent co-authors" };
        var within = new Option<int>("--within-years") { Description = "How recent a co-authorship conflicts (years)", DefaultValueFactory = _ => 5 };
        var conflict = new Option<string[]>("--conflict") { Description = "A listed conflict of interest (person id or exact name); repeatable" };
        var command = new Command("team", "Assemble a team: greedy cover of the needs, preferring co-authors, conflicts left out with reasons")
        {
            need, size, both, org, coauthorsOf, within, conflict,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var request = new TeamRequest
            {
                Needs = TeamNeeds.Split(parse.GetValue(need)),
                Size = parse.GetValue(size),
                RequireResearchAndPolicy = parse.GetValue(both),
                ExcludeOrganisations = parse.GetValue(org) ?? [],
                ExcludeCoAuthorsOf = parse.GetValue(coauthorsOf),
                WithinYears = parse.GetValue(within),
                Conflicts = parse.GetValue(conflict) ?? [],
            };
            using var kb = context.Open(parse);
            var team = kb.Read(Caller.Owner).AssembleTeam(request);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, team);
                return 0;
            }

            foreach (var m in team.Members)
            {
                context.Output.WriteLine($"{m.Id,-8} {m.Name}  covers {string.Join("; ", m.Covers)}");
            }

            context.Output.WriteLine($"communication cost {team.CommunicationCost}; uncovered: {(team.Uncovered.Count == 0 ? "none" : string.Join("; ", team.Uncovered))}");
            foreach (var l in team.LeftOut)
            {
                context.Output.WriteLine($"  left out {l.Id} {l.Name}: {l.Reason}");
            }

            return 0;
        }));
        return command;
    }
}
