using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Bursts;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Themes;
using Zhiku.Analytics.Trends;
using Zhiku.Model;

namespace Zhiku.Analytics.Reports;

/// <summary>Runs every analysis of a report on the works a search found, with the report's parameters.</summary>
public static class ReportAnalyses
{
    public static AnalysisReportData Compute(IReadOnlyList<WorkRecord> works, ReportParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(parameters);
        var summary = SummaryCalculator.Compute(works);
        var referenceYear = parameters.ReferenceYear ?? summary.Timespan.To ?? 0;
        var (series, slices) = BurstsAnalysis.Series(works, "keywords", parameters.BurstMinOccurrences);
        var field = new ThemesRequest { Field = parameters.ThemesField }.ResolveField(works);
        var themes = ThematicMap.Compute([.. works.Select(ThemesRequest.Items(field))], parameters.Themes);
        var topic = TrendTopic.Select(works, parameters.TrendTopic);
        return new AnalysisReportData
        {
            Summary = summary,
            Authors = [.. Productivity.Authors(works).Take(parameters.Rows)],
            Sources = [.. Productivity.Sources(works).Take(parameters.Rows)],
            Countries = [.. Productivity.Countries(works).Take(parameters.Rows)],
            MostCited = [.. Productivity.MostCited(works, referenceYear).Take(parameters.Rows)],
            ReferenceYear = referenceYear,
            Network = NetworkRun.Compute(works, parameters.Network),
            Bursts = BurstDetection.Run(series, slices, parameters.Bursts),
            ThemesField = field,
            Themes = themes,
            Trend = TrendAnalysis.Analyze(TrendTopic.YearlyCounts(topic), parameters.Trends),
            TrendDocuments = topic.Count,
        };
    }
}
