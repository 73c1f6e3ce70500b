using System.CommandLine;
using Zhiku.Cli.Output;
using Zhiku.Knowledge.Maintenance;
using Zhiku.Storage;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku backup --out FILE</c> (a consistent snapshot, also while imports and the server run) and
/// <c>zhiku restore FILE --data DIR</c> (into a new data directory).
/// </summary>
internal static class BackupCommand
{
    public static Command Create(CliContext context)
    {
        var output = new Option<string>("--out") { Description = "The backup file to write (a zip)", Required = true };
        var command = new Command("backup", "Write a consistent snapshot of the store and the index to one file") { output };
        command.SetAction(parse => context.Guard(() =>
        {
            if (context.Store(parse) is not null)
            {
                throw new InvalidOperationException(Backup.SharedStoreRefusal);
            }

            var manifest = Backup.Create(context.Data(parse), parse.GetValue(output)!);
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, manifest);
            }
            else
            {
                context.Output.WriteLine($"backup {parse.GetValue(output)}: {manifest.Works} works, last change {manifest.LastChange}, index checkpoint {manifest.IndexCheckpoint}, {manifest.Files} other files");
            }

            return 0;
        }));
        return command;
    }

    public static Command CreateRestore(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A file written by zhiku backup" };
        var command = new Command("restore", "Restore a backup into a new data directory (--data DIR)") { file };
        command.SetAction(parse => context.Guard(() =>
        {
            if (context.Store(parse) is not null)
            {
                throw new InvalidOperationException(Restore.SharedStoreRefusal);
            }

            var (manifest, check) = Restore.Run(parse.GetValue(file)!, context.Data(parse));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, new { backup = manifest, check });
            }
            else
            {
                context.Output.WriteLine($"restored {manifest.Works} works (last change {manifest.LastChange}); index {check.Index.IndexedOnce} works indexed once; {(check.Ok ? "ok" : "not ok: " + string.Join("; ", check.Problems))}");
            }

            return check.Ok ? 0 : 2;
        }));
        return command;
    }
}
