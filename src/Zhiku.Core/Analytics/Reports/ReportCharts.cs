namespace Zhiku.Analytics.Reports;

/// <summary>
/// The report's charts by the outline's chart id, drawn as SVG from the report's data: the HTML report embeds them as
/// they are, the DOCX report as PNG images rendered from the same SVG (<see cref="PngChart"/>).
/// </summary>
internal static class ReportCharts
{
    /// <summary>The chart's title, the caption of its image.</summary>
    public static string Title(string id, AnalysisReportText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text[id];
    }

    /// <summary>The chart as SVG (the HTML report's figure).</summary>
    public static string Svg(string id, AnalysisReportData data, AnalysisReportText text)
    {
        switch (id)
        {
            case "annual-production":
                return SvgCharts.Bars(text["annual-production"],
                    [.. EveryYear(data.Summary.AnnualProduction).Select(p => (ReportFormat.Int(p.Year), (double)p.Count))]);
            case "burst-timeline":
                return SvgCharts.Timeline(text["burst-timeline"], text["none"], data.Bursts.Slices,
                    [.. data.Bursts.Bursts.OrderBy(b => b.StartIndex).ThenByDescending(b => b.Weight).Select(b => (b.Term, b.StartIndex, b.EndIndex, b.Weight))]);
            case "thematic-map":
                return SvgCharts.Scatter(text["thematic-map"], text["centrality"], text["density"],
                    [.. data.Themes.Themes.Select(t => (t.Centrality, t.Density, t.Label, (double)t.Frequency))]);
            case "trend-chart":
                var trend = data.Trend;
                var best = ReportOutline.Best(trend);
                var fitted = best is null ? [] : trend.Years.Take(best.Fitted.Count).Select((y, i) => (y, best.Fitted[i]))
                    .Concat(best.Forecast.Select(f => (f.Year, f.Value))).ToList();
                return SvgCharts.Trend(text["trend-chart"], (text["observed"], text["fitted"], text["interval"]),
                    [.. trend.Years.Select((y, i) => (y, (double)trend.Cumulative[i]))], fitted,
                    [.. (best?.Forecast ?? []).Select(f => (f.Year, f.Lower, f.Upper))]);
            default:
                throw new ArgumentException($"unknown chart '{id}'", nameof(id));
        }
    }

    /// <summary>
    /// Every year from the first to the last with its count, an empty year as 0: a chart that skipped empty years
    /// would put 1960 next to 1973 and hide the gap a reader looks for.
    /// </summary>
    internal static IEnumerable<(int Year, int Count)> EveryYear(IReadOnlyDictionary<int, int> production)
    {
        if (production.Count == 0)
        {
            yield break;
        }

        for (var year = production.Keys.Min(); year <= production.Keys.Max(); year++)
        {
            yield return (year, production.GetValueOrDefault(year));
        }
    }
}
