using System.CommandLine;
using System.Globalization;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.People;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku people candidates|merge|unmerge|reject|merges</c>: author disambiguation on the data directory.</summary>
internal static class PeopleCommand
{
    public static Command Create(CliContext context) => new("people", "Author disambiguation: candidate merges, merge, unmerge, reject")
    {
        Candidates(context), Merge(context), Unmerge(context), Reject(context), Merges(context),
    };

    private static Command Candidates(CliContext context)
    {
        var limit = new Option<int>("--limit") { Description = "At most this many candidates (default 50)", DefaultValueFactory = _ => 50 };
        var min = new Option<double>("--min-score") { Description = "Only candidates scoring at least this (0-1, default 0.3)", DefaultValueFactory = _ => 0.3 };
        var command = new Command("candidates", "People who may be one person, best first, with the evidence") { limit, min };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var candidates = new PeopleCuration(kb).Candidates(Caller.Owner, parse.GetValue(limit), parse.GetValue(min));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new { candidates });
                return 0;
            }

            foreach (var c in candidates)
            {
                context.Output.WriteLine(FormattableString.Invariant(
                    $"{c.Score:0.00}  {c.Keep.Id} {c.Keep.Name} ({c.Keep.Works})  ←  {c.Merge.Id} {c.Merge.Name} ({c.Merge.Works})"));
                context.Output.WriteLine("      " + string.Join("; ", c.Evidence.Select(e => $"{e.Kind}: {e.Detail}")));
            }

            return 0;
        }));
        return command;
    }

    private static Command Merge(CliContext context)
    {
        var keep = new Argument<string>("keep") { Description = "The person kept (P11)" };
        var merge = new Argument<string>("merge") { Description = "The person merged into them (P167)" };
        var command = new Command("merge", "Merge a person into another: one person with all works; undo with unmerge") { keep, merge };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var done = new PeopleCuration(kb).Merge(Caller.Owner, parse.GetValue(keep)!, parse.GetValue(merge)!, Curator());
            Show(context, parse, done, $"merge {done.Id}: {done.Merged} {done.MergedName} merged into {done.Keep}");
            return 0;
        }));
        return command;
    }

    private static Command Unmerge(CliContext context)
    {
        var id = new Argument<long>("merge-id") { Description = "The merge to undo (from merge or merges)" };
        var command = new Command("unmerge", "Undo a merge: the merged person comes back as they were") { id };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var done = new PeopleCuration(kb).Unmerge(Caller.Owner, parse.GetValue(id), Curator());
            Show(context, parse, done, $"merge {done.Id} undone: {done.Merged} {done.MergedName} is a person of their own again");
            return 0;
        }));
        return command;
    }

    private static Command Reject(CliContext context)
    {
        var a = new Argument<string>("a") { Description = "One person" };
        var b = new Argument<string>("b") { Description = "The other person" };
        var command = new Command("reject", "Two people are not one: never propose the pair again") { a, b };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            new PeopleCuration(kb).Reject(Caller.Owner, parse.GetValue(a)!, parse.GetValue(b)!, Curator());
            context.Output.WriteLine($"rejected: {parse.GetValue(a)} and {parse.GetValue(b)} are two people");
            return 0;
        }));
        return command;
    }

    private static Command Merges(CliContext context)
    {
        var command = new Command("merges", "The merges made, newest first, with who made or undid them");
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var merges = new PeopleCuration(kb).Merges();
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new { merges });
                return 0;
            }

            foreach (var m in merges)
            {
                var state = m.InForce ? "in force" : $"undone {m.UnmergedAt} by {m.UnmergedBy}";
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{m.Id,-5} {m.Merged} {m.MergedName} → {m.Keep}  ({m.MergedBy}, {m.MergedAt}; {state})"));
            }

            return 0;
        }));
        return command;
    }

    private static void Show(CliContext context, ParseResult parse, PersonMerge merge, string text)
    {
        if (parse.GetValue(context.JsonOption))
        {
            Json.Write(context.Output, merge);
        }
        else
        {
            context.Output.WriteLine(text);
        }
    }

    private static string Curator() => "cli:" + Environment.UserName;
}
