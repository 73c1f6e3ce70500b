using System.CommandLine;
using Zhiku.Access;
using Zhiku.Analytics.Trends;
using Zhiku.Cli.Output;

namespace Zhiku.Cli.Commands;

/// <summary><c>zhiku analyze trends --query Q</c>: logistic and Gompertz fits of the cumulative yearly counts, life-cycle stage, forecasts.</summary>
internal static class AnalyzeTrendsCommand
{
    public static Command Create(CliContext context)
    {
        var query = AnalyzeOptions.Query();
        var horizon = new Option<int>("--horizon") { Description = "Years to forecast", DefaultValueFactory = _ => 5 };
        var level = new Option<double>("--level") { Description = "Coverage of the prediction intervals", DefaultValueFactory = _ => 0.95 };
        var seed = new Option<long>("--seed") { Description = "Seed of the random starts", DefaultValueFactory = _ => 1 };
        var command = new Command("trends", "Growth-curve trend forecast of a topic (logistic, Gompertz, exponential smoothing)") { query, horizon, level, seed };
        command.SetAction(parse => context.Guard(() =>
        {
            using var kb = context.Open(parse);
            var works = AnalyzeSummaryCommand.Works(kb, parse.GetValue(query), Caller.Owner);
            var counts = works.Where(w => w.Year.HasValue).GroupBy(w => w.Year!.Value).ToDictionary(g => g.Key, g => g.Count());
            var result = TrendAnalysis.Analyze(counts, new TrendOptions { Horizon = parse.GetValue(horizon), Level = parse.GetValue(level), Seed = parse.GetValue(seed) });
            Json.Write(context.Output, new
            {
                documents = works.Count,
                years = result.Years,
                counts = result.Counts,
                cumulative = result.Cumulative,
                best = result.Best?.ToString(),
                stage = (result.Best == GrowthModel.Gompertz ? result.Gompertz : result.Logistic)?.Stage.ToString(),
                logistic = result.Logistic,
                gompertz = result.Gompertz,
                smoothing = result.Smoothing,
                parameters = result.Options,
            });
            return 0;
        }));
        return command;
    }
}
