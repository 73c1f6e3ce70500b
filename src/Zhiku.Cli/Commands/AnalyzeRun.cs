using System.CommandLine;
using Zhiku.Analytics.Documents;
using Zhiku.Knowledge;

namespace Zhiku.Cli.Commands;

/// <summary>
/// An <c>analyze</c> subcommand of the works a search finds: the search options, the request's options, one
/// <c>Run</c> of the core, and its result document (JSON with <c>--json</c>, else the table as tab-separated text).
/// </summary>
internal static class AnalyzeRun
{
    public static Command Create<T>(CliContext context, string name, string description, Func<AnalysisWorks, T, AnalysisResult> run)
        where T : new()
    {
        var scope = new AnalyzeOptions();
        var request = new RequestOptions<T>();
        var command = new Command(name, description);
        scope.AddTo(command);
        request.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var bound = request.Bind(parse);
            using var kb = context.Open(parse);
            Write(context, parse, run(scope.Works(kb, parse), bound));
            return 0;
        }));
        return command;
    }

    public static void Write(CliContext context, ParseResult parse, AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(result);
        if (parse.GetValue(context.JsonOption))
        {
            context.Output.WriteLine(result.ToJsonString(indented: true));
            return;
        }

        foreach (var row in result.Table)
        {
            context.Output.WriteLine(string.Join('\t', row));
        }
    }
}
