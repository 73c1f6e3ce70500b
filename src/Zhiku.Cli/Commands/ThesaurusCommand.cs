using System.CommandLine;
using System.Globalization;
using System.Text;
using Zhiku.Access;
using Zhiku.Cli.Output;
using Zhiku.Knowledge.Curation;
using Zhiku.Thesaurus;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku thesaurus propose|list|add|accept|reject|remove|import|export</c>: the keyword thesaurus of the data directory.</summary>
internal static class ThesaurusCommand
{
    public static Command Create(CliContext context) => new("thesaurus", "Keyword thesaurus: proposals, curation, VOSviewer thesaurus files")
    {
        Propose(context), List(context), Add(context), Decide(context, "accept"), Decide(context, "reject"), Remove(context), Import(context), Export(context),
    };

    private static Command Propose(CliContext context)
    {
        var command = new Command("propose", "Propose pairs from the keywords (spelling rules, acronyms, Chinese–English) with their evidence");
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            Write(context, parse, new ThesaurusCuration(kb).Propose(Caller.Owner, Curator()));
            return 0;
        }));
        return command;
    }

    private static Command List(CliContext context)
    {
        var status = new Option<string?>("--status") { Description = "proposed|accepted|rejected (default all)" };
        var command = new Command("list", "The entries, by preferred term") { status };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            Write(context, parse, new ThesaurusCuration(kb).Entries(Caller.Owner, parse.GetValue(status)));
            return 0;
        }));
        return command;
    }

    private static Command Add(CliContext context)
    {
        var variant = new Argument<string>("variant") { Description = "The keyword as it occurs (IoT)" };
        var preferred = new Argument<string>("preferred") { Description = "The term it stands for (Internet of Things)" };
        var kind = new Option<string>("--kind") { Description = "synonym|acronym|spelling|zh-en (default synonym)", DefaultValueFactory = _ => ThesaurusTerms.Synonym };
        var command = new Command("add", "Add an accepted pair: the variant counts as the preferred term everywhere") { variant, preferred, kind };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            Write(context, parse, [new ThesaurusCuration(kb).Add(parse.GetValue(variant)!, parse.GetValue(preferred)!, parse.GetValue(kind)!, Curator())]);
            return 0;
        }));
        return command;
    }

    private static Command Decide(CliContext context, string name)
    {
        var id = new Argument<long>("id") { Description = "The entry (from list or propose)" };
        var command = new Command(name, name == "accept" ? "Accept an entry: it applies from now on" : "Reject an entry: it does not apply and is not proposed again") { id };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var curation = new ThesaurusCuration(kb);
            var entry = name == "accept" ? curation.Accept(Caller.Owner, parse.GetValue(id), Curator()) : curation.Reject(Caller.Owner, parse.GetValue(id), Curator());
            Write(context, parse, [entry]);
            return 0;
        }));
        return command;
    }

    private static Command Remove(CliContext context)
    {
        var id = new Argument<long>("id") { Description = "The entry to remove" };
        var command = new Command("remove", "Remove an entry: the variant is a keyword of its own again") { id };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            new ThesaurusCuration(kb).Remove(parse.GetValue(id));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"removed entry {parse.GetValue(id)}"));
            return 0;
        }));
        return command;
    }

    private static Command Import(CliContext context)
    {
        var file = new Argument<FileInfo>("file") { Description = "A VOSviewer thesaurus file (label<TAB>replace by)" };
        var command = new Command("import", "Import a VOSviewer thesaurus file as accepted entries") { file };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file)!.FullName;
            using var kb = context.Open(parse);
            using var reader = new StreamReader(path, Encoding.UTF8);
            var import = new ThesaurusCuration(kb).Import(reader, path, Curator());
            foreach (var skipped in import.Skipped)
            {
                context.Error.WriteLine("skipped: " + skipped.Problem.Message);
            }

            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"imported {import.Imported} pairs from {path}, skipped {import.Skipped.Count} lines"));
            return 0;
        }));
        return command;
    }

    private static Command Export(CliContext context)
    {
        var output = new Option<FileInfo?>("--output", "-o") { Description = "Write to this file (default standard output)" };
        var command = new Command("export", "Write the accepted entries as a VOSviewer thesaurus file") { output };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var curation = new ThesaurusCuration(kb);
            if (parse.GetValue(output) is { } target)
            {
                using var writer = new StreamWriter(target.FullName, false, new UTF8Encoding(false));
                var count = curation.Export(writer);
                context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"wrote {count} pairs to {target.FullName}"));
            }
            else
            {
                curation.Export(context.Output);
            }

            return 0;
        }));
        return command;
    }

    private static void Write(CliContext context, ParseResult parse, IReadOnlyList<ThesaurusEntry> entries)
    {
        if (parse.GetValue(context.JsonOption))
        {
            Json.Write(context.Output, new { entries });
            return;
        }

        foreach (var e in entries)
        {
            var evidence = string.Join(", ", e.Evidence.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.Form}: {f.Works} works")));
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{e.Id,-5} {e.Status,-8} {e.Kind,-8} {e.Variant} → {e.Preferred}  ({e.Origin}{(evidence.Length > 0 ? "; " + evidence : "")})"));
        }
    }

    private static string Curator() => "cli:" + Environment.UserName;
}
