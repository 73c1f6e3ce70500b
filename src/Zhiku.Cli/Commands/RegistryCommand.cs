using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Zhiku.Registry;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku registry create|edit|history|restore</c>: the registry records (people, organisations, projects, cases) edited
/// at the command line through the same editing path as the web forms and the API, so the checks, the history and the
/// provenance are the same. The command line owns its data directory: its edits are the owner's, named by <c>--by</c>.
/// </summary>
internal static class RegistryCommand
{
    public static Command Create(CliContext context) =>
        new("registry", "Create, edit and restore people, organisations, projects and cases, with their history")
        {
            CreateRecord(context), Edit(context), History(context), Restore(context),
        };

    private static Command CreateRecord(CliContext context)
    {
        var kind = new Argument<string>("kind") { Description = "people, organisations, projects or cases" };
        var (set, access, by) = ChangeOptions();
        var command = new Command("create", "Create a record: --set field=value for each field (the name or title is required)") { kind, set, access, by };
        command.SetAction(parse => context.Guard(() => Refusals(context, () =>
        {
            var found = RegistryKind.Find(parse.GetValue(kind) ?? "")
                ?? throw new ArgumentException($"'{parse.GetValue(kind)}' is not a registry kind: use {string.Join(", ", RegistryKind.All.Select(k => k.Route))}");
            using var kb = context.Open(parse);
            var saved = new RegistryEditor(kb).Create(Actor(parse, by), found, new RegistryChange(Fields(found, parse.GetValue(set), []), parse.GetValue(access)));
            return Saved(context, parse, saved, "created");
        })));
        return command;
    }

    private static Command Edit(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The record's id (P42, O7, R3, C1)" };
        var (set, access, by) = ChangeOptions();
        var unset = new Option<string[]>("--unset") { Description = "Remove a field's value (repeatable)", AllowMultipleArgumentsPerToken = false };
        var revision = new Option<long?>("--revision") { Description = "Refuse the edit if the record changed since this revision (from history; default: the record as it is now)" };
        var command = new Command("edit", "Set the given fields of a record; the others stay, and the imported values stay in its provenance") { id, set, unset, access, revision, by };
        command.SetAction(parse => context.Guard(() => Refusals(context, () =>
        {
            var (found, publicId) = Kind(parse.GetValue(id));
            var fields = Fields(found, parse.GetValue(set), parse.GetValue(unset) ?? []);
            if (fields.Count == 0 && parse.GetValue(access) is null)
            {
                throw new ArgumentException("nothing to change: give --set field=value, --unset field or --access");
            }

            using var kb = context.Open(parse);
            var editor = new RegistryEditor(kb);
            var actor = Actor(parse, by);
            var change = new RegistryChange(fields, parse.GetValue(access), parse.GetValue(revision) ?? Current(editor, actor, found, publicId));
            var saved = editor.Edit(actor, found, publicId, change);
            return Saved(context, parse, saved, "saved");
        })));
        return command;
    }

    private static Command History(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The record's id (P42, O7, R3, C1)" };
        var command = new Command("history", "Every version of a record: who, when, how and what changed") { id };
        command.SetAction(parse => context.Guard(() => Refusals(context, () =>
        {
            var (found, publicId) = Kind(parse.GetValue(id));
            using var kb = context.Open(parse);
            var history = new RegistryEditor(kb).History(RegistryActor.Owner(Environment.UserName), found, publicId)
                ?? throw new ArgumentException($"{publicId}: no such {found.Entity}");
            if (parse.GetValue(context.JsonOption))
            {
                Output.Json.Write(context.Output, history);
                return 0;
            }

            context.Output.WriteLine($"{history.Id} {history.Name} (revision {history.Revision}, {history.Access})");
            foreach (var version in history.Versions)
            {
                var changed = string.Join(", ", version.Changes.Select(c => c.Field));
                var from = version.RestoredFrom is { } v ? string.Create(CultureInfo.InvariantCulture, $" of version {v}") : "";
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {version.Version,3}  {version.At}  {version.Author}  {version.Action}{from}  {changed}"));
            }

            return 0;
        })));
        return command;
    }

    private static Command Restore(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "The record's id (P42, O7, R3, C1)" };
        var version = new Option<int>("--version") { Description = "The version to bring back (a new version is written; none is lost)", Required = true };
        var revision = new Option<long?>("--revision") { Description = "Refuse if the record changed since this revision" };
        var by = new Option<string?>("--by") { Description = "The name the history records (default: the system user)" };
        var command = new Command("restore", "Bring back an earlier version of a record as a new version") { id, version, revision, by };
        command.SetAction(parse => context.Guard(() => Refusals(context, () =>
        {
            var (found, publicId) = Kind(parse.GetValue(id));
            using var kb = context.Open(parse);
            var editor = new RegistryEditor(kb);
            var actor = Actor(parse, by);
            var saved = editor.Restore(actor, found, publicId, parse.GetValue(version), parse.GetValue(revision) ?? Current(editor, actor, found, publicId));
            return Saved(context, parse, saved, "restored");
        })));
        return command;
    }

    private static (Option<string[]> Set, Option<string?> Access, Option<string?> By) ChangeOptions() =>
    (
        new Option<string[]>("--set") { Description = "field=value (repeatable); a list takes items separated by ; (or a JSON array), a table rows separated by ; with values separated by |" },
        new Option<string?>("--access") { Description = "public, shared, internal (default for new records) or restricted" },
        new Option<string?>("--by") { Description = "The name the history records (default: the system user)" }
    );

    // Without --revision the command line edits the record as it is now: the owner at their own data directory chose to.
    private static long Current(RegistryEditor editor, RegistryActor actor, RegistryKind kind, string publicId) =>
        editor.History(actor, kind, publicId)?.Revision ?? throw new RegistryEditException(RegistryRefusal.NotFound, $"{publicId}: no such {kind.Entity}");

    private static RegistryActor Actor(ParseResult parse, Option<string?> by) =>
        RegistryActor.Owner(parse.GetValue(by) is { Length: > 0 } name ? name : Environment.UserName);

    // The kind a public id names by its prefix, and the id as given.
    private static (RegistryKind Kind, string Id) Kind(string? id)
    {
        var text = (id ?? "").Trim();
        var kind = text.Length > 1 ? RegistryKind.All.FirstOrDefault(k => char.ToUpperInvariant(text[0]) == k.Prefix && k.ParseId(text) is not null) : null;
        return kind is null
            ? throw new ArgumentException($"'{text}' is not a registry id: a letter ({string.Join(", ", RegistryKind.All.Select(k => $"{k.Prefix} {k.Route}"))}) and a number, such as P42")
            : (kind, text);
    }

    /// <summary>The fields of <c>--set</c> and <c>--unset</c> as the editing path takes them (JSON values; null removes).</summary>
    internal static JsonObject Fields(RegistryKind kind, string[]? set, string[] unset)
    {
        var fields = new JsonObject();
        foreach (var pair in set ?? [])
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0)
            {
                throw new ArgumentException($"--set {pair}: write field=value");
            }

            var name = pair[..at].Trim();
            fields[name] = Value(kind.Field(name), pair[(at + 1)..]);
        }

        foreach (var name in unset)
        {
            fields[name.Trim()] = null;
        }

        return fields;
    }

    // A list takes items separated by ; (or a JSON array); a table takes rows separated by ; (the form's lines); other
    // fields take the text as it is. An unknown field is passed on, so the editing path names it as such.
    private static JsonNode Value(RegistryField? field, string text)
    {
        var trimmed = text.Trim();
        if (field?.Type is RegistryFieldType.List or RegistryFieldType.Terms)
        {
            return trimmed.StartsWith('[') ? JsonNode.Parse(trimmed) ?? new JsonArray() : new JsonArray([.. Split(trimmed).Select(i => (JsonNode)JsonValue.Create(i))]);
        }

        return field?.Type == RegistryFieldType.Table ? JsonValue.Create(string.Join('\n', Split(trimmed))) : JsonValue.Create(text);
    }

    private static IEnumerable<string> Split(string text) =>
        text.Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    private static int Saved(CliContext context, ParseResult parse, RegistrySaved saved, string verb)
    {
        if (parse.GetValue(context.JsonOption))
        {
            Output.Json.Write(context.Output, saved);
        }
        else
        {
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{verb} {saved.Id} (version {saved.Version}, revision {saved.Revision})"));
        }

        return 0;
    }

    // A refused edit is one line per problem on stderr and exit code 1, as other refusals of the command line.
    private static int Refusals(CliContext context, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (RegistryEditException e)
        {
            foreach (var line in e.Problems.Count > 0 ? e.Problems.Select(p => p.Message) : [e.Message])
            {
                context.Error.WriteLine($"zhiku: {line}");
            }

            return 1;
        }
        catch (System.Text.Json.JsonException e)
        {
            context.Error.WriteLine($"zhiku: a --set value is not a JSON array: {e.Message}");
            return 1;
        }
    }
}
