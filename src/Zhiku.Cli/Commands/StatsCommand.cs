using System.CommandLine;
using Zhiku.Access;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku stats</c>: counts of works by kind, format and language.</summary>
internal static class StatsCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("stats", "Counts of what the knowledge base holds");
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var read = kb.Read(Caller.Owner);
            var stats = read.Statistics();
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, stats);
                return 0;
            }

            var o = context.Output;
            o.WriteLine($"works {stats.Works}; people {stats.People}; organisations {stats.Organisations}; projects {stats.Projects}; last change {stats.LastChange}");
            o.WriteLine("by kind: " + string.Join(", ", stats.ByKind.Select(p => $"{p.Key} {p.Value}")));
            o.WriteLine("by format: " + string.Join(", ", stats.ByFormat.Select(p => $"{p.Key} {p.Value}")));
            o.WriteLine("by language: " + string.Join(", ", stats.ByLanguage.Select(p => $"{p.Key} {p.Value}")));
            return 0;
        }));
        return command;
    }
}
