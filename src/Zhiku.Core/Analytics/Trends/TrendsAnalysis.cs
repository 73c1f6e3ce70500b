using Zhiku.Analytics.Documents;
using Zhiku.Model;

namespace Zhiku.Analytics.Trends;

/// <summary>Logistic and Gompertz fits of the yearly counts of a topic's works, as one result document.</summary>
public static class TrendsAnalysis
{
    public static AnalysisResult Run(IReadOnlyList<WorkRecord> works, TrendsRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(request);
        var options = request.Options();
        var topic = TrendTopic.Select(works, request.Topic);
        var result = TrendAnalysis.Analyze(TrendTopic.YearlyCounts(topic), options);
        var best = result.Best == GrowthModel.Gompertz ? result.Gompertz : result.Logistic;
        var json = new
        {
            documents = topic.Count,
            topic = string.IsNullOrWhiteSpace(request.Topic) ? null : request.Topic,
            years = result.Years,
            counts = result.Counts,
            cumulative = result.Cumulative,
            best = result.Best?.ToString(),
            stage = best?.Stage.ToString(),
            logistic = result.Logistic,
            gompertz = result.Gompertz,
            smoothing = result.Smoothing,
            parameters = result.Options,
        };
        var table = new List<string[]> { new[] { "year", "count", "cumulative", "fitted" } };
        table.AddRange(result.Years.Select((y, i) => new[]
        {
            AnalysisJson.Cell(y), AnalysisJson.Cell(result.Counts[i]), AnalysisJson.Cell(result.Cumulative[i]),
            best is null || i >= best.Fitted.Count ? string.Empty : AnalysisJson.Cell(best.Fitted[i]),
        }));
        if (best is not null)
        {
            table.AddRange(best.Forecast.Select(f => new[] { AnalysisJson.Cell(f.Year), string.Empty, string.Empty, AnalysisJson.Cell(f.Value) }));
        }

        return AnalysisResult.Of(json, table);
    }
}
