using System.CommandLine;
using Zhiku.Cli.Output;
using Zhiku.Knowledge.Maintenance;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku check [--repair]</c>: whether store and index agree; exit code 2 when problems remain.</summary>
internal static class CheckCommand
{
    public static Command Create(CliContext context)
    {
        var repair = new Option<bool>("--repair") { Description = "Rebuild the index from the store when they disagree" };
        var command = new Command("check", "Check that the store is intact and the index agrees with it") { repair };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var report = ConsistencyCheck.Run(kb, parse.GetValue(repair));
            if (parse.GetValue(context.JsonOption))
            {
                Json.Write(context.Output, report);
            }
            else
            {
                var o = context.Output;
                o.WriteLine($"store: {report.Store.Integrity}, {report.Store.Works} works, last change {report.Store.LastChange}");
                o.WriteLine($"index: {report.Index.Documents} documents, {report.Index.IndexedOnce} works indexed once, " +
                            $"{report.Index.Missing} missing, {report.Index.Duplicated} duplicated, {report.Index.Orphaned} orphaned, checkpoint {report.Index.Checkpoint}" +
                            (report.Index.ReadOnly ? " (read-only: another process writes it)" : string.Empty));
                foreach (var line in report.Problems.Select(p => "problem: " + p).Concat(report.Repairs.Select(r => "repaired: " + r)))
                {
                    o.WriteLine(line);
                }

                o.WriteLine(report.Ok ? "ok" : "not ok");
            }

            return report.Ok ? 0 : 2;
        }));
        return command;
    }
}
