using System.CommandLine;
using System.Globalization;
using Zhiku.Cli.Output;
using Zhiku.Knowledge;
using Zhiku.Storage;
using Zhiku.Storage.Moving;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku migrate --from DIR --to CONNECTION [--data TARGET]</c>: copies a data directory's SQLite store into an
/// empty PostgreSQL database and binds the directory (or TARGET) to it; prints the rows of each table.
/// </summary>
internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var from = new Option<string>("--from") { Description = "The data directory whose SQLite store is copied", Required = true };
        var to = new Option<string>("--to") { Description = "The empty PostgreSQL database (Host=…;Database=… or postgres://…)", Required = true };
        var command = new Command("migrate", "Move a data directory's SQLite store to an empty PostgreSQL database and bind the directory to it") { from, to };
        command.SetAction(parse => context.Guard(() =>
        {
            var source = new DataDirectory(parse.GetValue(from)!);
            var location = StoreLocation.Parse(parse.GetValue(to)!, "--to");
            var target = parse.GetValue(context.DataOption) is { Length: > 0 } data ? new DataDirectory(data) : source;
            var report = StoreMove.Run(source, location, target);
            // Opening the bound directory keeps its index (same store identity) or builds one from the store.
            using var kb = KnowledgeBase.Open(target, location);
            var index = kb.IndexState();
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new { report.Target, report.Identity, report.BoundDirectory, tables = report.Tables, index.Documents, index.Checkpoint, index.LastChange });
                return 0;
            }

            context.Output.WriteLine($"migrated {source} to {report.Target} (store {report.Identity}); {report.BoundDirectory} is bound to it");
            foreach (var table in report.Tables)
            {
                context.Output.WriteLine($"  {table.Table,-24} {table.Rows.ToString(CultureInfo.InvariantCulture),10}");
            }

            context.Output.WriteLine($"index: {index.Documents} documents, checkpoint {index.Checkpoint} of {index.LastChange}");
            return 0;
        }));
        return command;
    }
}
