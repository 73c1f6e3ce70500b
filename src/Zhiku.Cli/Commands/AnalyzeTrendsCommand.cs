using System.CommandLine;
using Zhiku.Analytics.Trends;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze trends</c>: logistic and Gompertz fits of the cumulative yearly counts, life-cycle stage, forecasts.</summary>
internal static class AnalyzeTrendsCommand
{
    public static Command Create(CliContext context) =>
        AnalyzeRun.Create<TrendsRequest>(context, "trends", "Growth-curve trend forecast of a topic (logistic, Gompertz, exponential smoothing)", (set, request) => TrendsAnalysis.Run(set.Works, request));
}
