using System.CommandLine;
using Zhiku.Sources;
using Zhiku.Storage.Sources;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku sources add|list|run</c>: feeds, OpenAlex queries and watched folders harvested into the knowledge base.
/// Bad input (an unknown kind, interval or source) is one line on stderr and exit 2; so is a run in which a source failed.
/// </summary>
internal static class SourcesCommand
{
    /// <summary>A source as <c>--json</c> shows it.</summary>
    private sealed record SourceJson(
        string Id, string Kind, string Location, string Owner, string Access, string Every, bool Enabled, string? LastRun, string NextRun,
        string? LastStatus, long New, long Updated, long Unchanged, long Failed, string? LastError);

    /// <summary>One run as <c>--json</c> shows it.</summary>
    private sealed record RunJson(
        string Source, string Status, string Started, string Finished, long Fetched, long New, long Updated, long Unchanged, long Failed,
        IReadOnlyList<string> Errors);

    public static Command Create(CliContext context) =>
        new("sources", "Sources harvested on a schedule: RSS/Atom feeds, OpenAlex works queries, watched folders") { Add(context), List(context), Run(context) };

    private static Command Add(CliContext context)
    {
        var kind = new Option<string?>("--kind") { Description = "rss, atom, openalex or folder" };
        var url = new Option<string?>("--url") { Description = "The feed's or OpenAlex query's URL, or the watched folder's path" };
        var every = new Option<string?>("--every") { Description = "How often it runs: a number and a unit, e.g. 30m, 6h, 1d (default 6h)" };
        var access = new Option<string?>("--access") { Description = "Access level of what it brings in: public, shared, internal or restricted (default public)" };
        var owner = new Option<string?>("--owner") { Description = "The organisation that owns what it brings in (default: the home organisation)" };
        var command = new Command("add", "Add a source; it runs first at the next scheduled round or with 'zhiku sources run'") { kind, url, every, access, owner };
        command.SetAction(parse => Checked(context, () =>
        {
            var kindText = parse.GetValue(kind) ?? throw new ArgumentException("a source needs --kind (rss, atom, openalex or folder)");
            var location = parse.GetValue(url) ?? throw new ArgumentException("a source needs --url (a URL, or a folder's path)");
            using var kb = context.Open(parse);
            using var sources = new SourceService(kb);
            var added = sources.Add(kindText, location, parse.GetValue(every) ?? "6h", parse.GetValue(access), parse.GetValue(owner));
            var json = ToJson(added, sources);
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, json);
            }
            else
            {
                context.Output.WriteLine($"added {json.Id} {json.Kind} {json.Location} (every {json.Every}, {json.Access}, owner {json.Owner})");
            }

            return 0;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var command = new Command("list", "Sources with their schedule, last run, counts and last error");
        command.SetAction(parse => Checked(context, () =>
        {
            using var kb = context.Open(parse);
            using var sources = new SourceService(kb);
            var rows = sources.List().Select(s => ToJson(s, sources)).ToList();
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, rows);
                return 0;
            }

            foreach (var s in rows)
            {
                context.Output.WriteLine(
                    $"{s.Id,-6} {s.Kind,-9} {(s.Enabled ? "on " : "off")} every {s.Every,-4} last {s.LastRun ?? "never"} ({s.LastStatus ?? "-"}: "
                    + $"new {s.New}, updated {s.Updated}, unchanged {s.Unchanged}, failed {s.Failed}) next {s.NextRun}  {s.Location}");
                if (s.LastError is { } error)
                {
                    context.Output.WriteLine($"       error: {error}");
                }
            }

            return 0;
        }));
        return command;
    }

    private static Command Run(CliContext context)
    {
        var id = new Argument<string?>("id") { Description = "The source to run now (S1 or 1)", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Run every enabled source" };
        var due = new Option<bool>("--due") { Description = "Run the enabled sources whose next run has come" };
        var tries = new Option<int?>("--tries") { Description = "Tries per fetch before it fails (1 to 10, default 4); each retry waits twice as long as the one before" };
        var command = new Command("run", "Run one source now, every enabled source (--all) or those due (--due), one after the other") { id, all, due, tries };
        command.SetAction(parse => Checked(context, () =>
        {
            var which = parse.GetValue(id);
            var chosen = (which is null ? 0 : 1) + (parse.GetValue(all) ? 1 : 0) + (parse.GetValue(due) ? 1 : 0);
            if (chosen != 1)
            {
                throw new ArgumentException("name one source (zhiku sources run S1), or give --all or --due");
            }

            var attempts = parse.GetValue(tries) ?? 4;
            if (attempts is < 1 or > 10)
            {
                throw new ArgumentException($"--tries {attempts}: give 1 to 10 tries");
            }

            using var kb = context.Open(parse);
            using var sources = new SourceService(kb, new HarvestOptions { MaxAttempts = attempts });
            var runs = which is not null ? [sources.RunAsync(ParseId(which)).GetAwaiter().GetResult()]
                : parse.GetValue(all) ? sources.RunAllAsync().GetAwaiter().GetResult()
                : sources.RunDueAsync().GetAwaiter().GetResult();
            var json = runs.Select(r => new RunJson($"S{r.SourceId}", r.Status, r.Started, r.Finished, r.Fetched, r.New, r.Updated, r.Unchanged, r.Failed,
                r.Errors is null ? [] : r.Errors.Split('\n'))).ToList();
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, json);
            }
            else
            {
                foreach (var r in json)
                {
                    context.Output.WriteLine($"{r.Source}: {r.Status}: fetched {r.Fetched}, new {r.New}, updated {r.Updated}, unchanged {r.Unchanged}, failed {r.Failed}");
                }
            }

            foreach (var error in json.SelectMany(r => r.Errors))
            {
                context.Error.WriteLine($"zhiku: {error}");
            }

            return json.Any(r => r.Status == SourceStatuses.Failed) ? 2 : 0;
        }));
        return command;
    }

    // Bad input is exit 2 with one line on stderr; anything else as every command reports it.
    private static int Checked(CliContext context, Func<int> body) => context.Guard(() =>
    {
        try
        {
            return body();
        }
        catch (ArgumentException e)
        {
            context.Error.WriteLine($"zhiku: {e.Message}");
            return 2;
        }
    });

    private static long ParseId(string text) =>
        long.TryParse(text.TrimStart('S', 's'), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new ArgumentException($"'{text}' is not a source id (S1, S2, …)");

    private static SourceJson ToJson(SourceRow s, SourceService sources) => new(
        $"S{s.Id}", s.Kind, s.Location, sources.OwnerName(s), s.Access, SourceInterval.Format(s.IntervalSeconds), s.Enabled, s.LastRun,
        s.NextRun, s.LastStatus, s.New, s.Updated, s.Unchanged, s.Failed, s.LastError);
}
