using System.CommandLine;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku index rebuild|status</c>: the search index, a projection of the store.</summary>
internal static class IndexCommand
{
    public static Command Create(CliContext context)
    {
        var rebuild = new Command("rebuild", "Recreate the search index from the store");
        rebuild.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var count = kb.RebuildIndex();
            Report(context, parse, "rebuilt", count, kb, watch.Elapsed.TotalSeconds);
            return 0;
        }));
        var status = new Command("status", "Show how far the index has caught up with the store");
        status.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            Report(context, parse, "status", 0, kb, 0);
            return 0;
        }));
        return new Command("index", "The search index") { rebuild, status };
    }

    private static void Report(CliContext context, ParseResult parse, string action, int count, Knowledge.KnowledgeBase kb, double seconds)
    {
        var state = kb.IndexState();
        var payload = new { action, indexed = count, documents = state.Documents, checkpoint = state.Checkpoint, lastChange = state.LastChange, seconds = Math.Round(seconds, 3) };
        if (parse.GetValue(context.JsonOption))
        {
            Json.Write(context.Output, payload);
        }
        else
        {
            context.Output.WriteLine($"index {action}: {payload.documents} documents, checkpoint {payload.checkpoint} of {payload.lastChange}" +
                                     (count > 0 ? $", {count} indexed in {seconds:0.0} s" : string.Empty));
        }
    }
}
