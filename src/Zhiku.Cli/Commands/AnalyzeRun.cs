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
        var request = new RequestOptions<T>();
        return Build(context, name, description, request.Options, (parse, set) => run(set, request.Bind(parse)));
    }

    /// <summary>A subcommand whose analysis binds two requests side by side (as the web binds two parameter records).</summary>
    public static Command Create<T1, T2>(CliContext context, string name, string description, Func<AnalysisWorks, T1, T2, AnalysisResult> run)
        where T1 : new()
        where T2 : new()
    {
        var first = new RequestOptions<T1>();
        var second = new RequestOptions<T2>();
        return Build(context, name, description, first.Options.Concat(second.Options), (parse, set) => run(set, first.Bind(parse), second.Bind(parse)));
    }

    private static Command Build(CliContext context, string name, string description, IEnumerable<Option> options, Func<ParseResult, AnalysisWorks, AnalysisResult> run)
    {
        var scope = new AnalyzeOptions();
        var command = new Command(name, description);
        scope.AddTo(command);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            Write(context, parse, run(parse, scope.Works(kb, parse)));
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
