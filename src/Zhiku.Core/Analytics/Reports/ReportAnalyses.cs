using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Bursts;
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
        var (series, slices) = YearlySeries.Build(
            [.. works.Select(w => (w.Year, (IReadOnlyList<string>)[.. Keywords(w)]))], parameters.BurstMinOccurrences);
        var field = ThemesField(works, parameters.ThemesField);
        var plus = field == "keywords-plus";
        var themes = ThematicMap.Compute(
            [.. works.Select(w => (IReadOnlyList<string>)[.. (plus ? w.IndexKeywords : w.AuthorKeywords).Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0)])],
            parameters.Themes);
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

    /// <summary>The author keywords and Keywords Plus of a work, keyed as bibliometrix keys them.</summary>
    public static IEnumerable<string> Keywords(WorkRecord work)
    {
        ArgumentNullException.ThrowIfNull(work);
        return work.AuthorKeywords.Concat(work.IndexKeywords).Select(BibliometrixKeys.Keyword).Where(k => k.Length > 0);
    }

    /// <summary>As bibliometrix's thematicMap: Keywords Plus by default; CNKI-style records without them use author keywords.</summary>
    public static string ThemesField(IReadOnlyList<WorkRecord> works, string? requested) => requested switch
    {
        null or "" => works.Any(w => w.IndexKeywords.Count > 0) ? "keywords-plus" : "keywords",
        "keywords-plus" or "keywords" => requested,
        _ => throw new ArgumentException($"field: unknown value '{requested}' (use keywords-plus|keywords)"),
    };
}
