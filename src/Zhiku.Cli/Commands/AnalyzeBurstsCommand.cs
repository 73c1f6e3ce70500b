using System.CommandLine;
using Zhiku.Analytics.Bursts;

namespace Zhiku.Cli.Commands;

/// <summary>
/// <c>zhiku analyze bursts</c>: Kleinberg bursts of the keywords, title/abstract terms or cited references of the works
/// a query finds, by publication year (<c>--field</c>), or of each term of a term,slice,r,d CSV (<c>--series FILE</c>).
/// </summary>
internal static class AnalyzeBurstsCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Option<string?>("--series") { Description = "CSV with header term,slice,r,d (instead of the works' items)" };
        var scope = new AnalyzeOptions();
        var request = new RequestOptions<BurstsRequest>();
        var command = new Command("bursts", "Detect bursts (Kleinberg's two-state model)") { file };
        scope.AddTo(command);
        request.AddTo(command);
        command.SetAction(parse => context.Guard(() =>
        {
            var bound = request.Bind(parse);
            if (parse.GetValue(file) is { } path)
            {
                var (series, slices) = FromFile(path);
                AnalyzeRun.Write(context, parse, BurstsAnalysis.Document(BurstDetection.Run(series, slices, bound.Options()), series.Count, field: null));
                return 0;
            }

            using var kb = context.Open(parse);
            AnalyzeRun.Write(context, parse, BurstsAnalysis.Run(scope.Works(kb, parse).Works, bound));
            return 0;
        }));
        return command;
    }

    private static (IReadOnlyList<TermSeries>, IReadOnlyList<string>) FromFile(string path)
    {
        try
        {
            using var reader = new StreamReader(path);
            return BurstSeriesReader.Read(reader);
        }
        catch (FormatException e)
        {
            throw new ArgumentException($"{path}: {e.Message}", e);
        }
    }
}
