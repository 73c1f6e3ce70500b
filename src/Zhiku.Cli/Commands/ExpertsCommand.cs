using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.Experts;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku experts find|team|profile</c>: expert finding, team assembly and expertise profiles on the data directory.</summary>
internal static class ExpertsCommand
{
    public static Command Create(CliContext context) =>
        new("experts", "Find experts on a topic, assemble a team for several needs, or show a person's expertise profile")
        {
            Find(context), ExpertsTeamCommand.Create(context), Profile(context),
        };

    private static Command Find(CliContext context)
    {
        var query = new Argument<string>("query") { Description = "The topic: words (any may match) or the search syntax" };
        var limit = new Option<int>("--limit") { Description = "How many experts (1-1000)", DefaultValueFactory = _ => 10 };
        var command = new Command("find", "The experts on a topic, best first, with the works that support each score") { query, limit };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var found = kb.Read(Caller.Owner).FindExperts(parse.GetValue(query) ?? string.Empty, Math.Clamp(parse.GetValue(limit), 1, 1000));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, found);
                return 0;
            }

            foreach (var (e, i) in found.Experts.Select((e, i) => (e, i)))
            {
                context.Output.WriteLine($"{i + 1,3}. {e.Id,-8} {e.Name}  score {e.Score:F3}, {e.Works} works");
                foreach (var w in e.Evidence.Take(3))
                {
                    context.Output.WriteLine($"       {w.Id} {w.Title}{(w.Year is { } y ? $" ({y})" : string.Empty)}");
                }
            }

            return 0;
        }));
        return command;
    }

    private static Command Profile(CliContext context)
    {
        var person = new Argument<string>("person") { Description = "The person's id (P12)" };
        var command = new Command("profile", "A person's expertise profile: topics, projects, policy outputs and roles, each with its evidence") { person };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var id = parse.GetValue(person) ?? string.Empty;
            var profile = kb.Read(Caller.Owner).Expertise(id) ?? throw new ArgumentException($"no person {id}");
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, profile);
                return 0;
            }

            context.Output.WriteLine($"{profile.Id} {profile.Name}: {profile.WorkCount} works; research {(profile.Experience.Research ? "yes" : "no")}, policy {(profile.Experience.Policy ? "yes" : "no")}");
            foreach (var t in profile.Topics)
            {
                context.Output.WriteLine($"  {t.Topic}  weight {t.Weight:F3}, {t.Works} works: {string.Join(", ", t.Evidence.Select(e => e.Id))}");
            }

            foreach (var p in profile.Projects)
            {
                context.Output.WriteLine($"  project {p.Id} {p.Title} ({p.How})");
            }

            return 0;
        }));
        return command;
    }
}
