using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Networks;
using Zhiku.Analytics.Trends;
using static Zhiku.Analytics.Reports.ReportFormat;

namespace Zhiku.Analytics.Reports;

/// <summary>
/// The sections of an analysis report, as text tables, shared by the HTML and the DOCX writers so that both print the
/// same figures.
/// </summary>
public static class ReportOutline
{
    /// <summary>The bibliometrix keys of the summary table, in bibliometrix's order.</summary>
    public static IReadOnlyList<string> SummaryKeys { get; } =
    [
        "documents", "timespan", "sources", "annualGrowthRate", "averageCitationsPerDocument", "references", "authorKeywords",
        "keywordsPlus", "authors", "authorAppearances", "singleAuthoredDocuments", "coAuthorsPerDocument", "internationalCoAuthorships",
    ];

    public static IReadOnlyList<ReportSection> Build(AnalysisReportData data, ReportParameters parameters, AnalysisReportText text)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(text);
        return
        [
            Summary(data.Summary, text),
            new("productivity", text["productivity"], [],
            [
                new("authors", text["author"], [text["author"], text["documents"], text["fractional"]],
                    [.. data.Authors.Select(a => (IReadOnlyList<string>)[a.Name, Int(a.Documents), Number(a.Fractional)])]),
                new("sources", text["source"], [text["source"], text["documents"]],
                    [.. data.Sources.Select(s => (IReadOnlyList<string>)[s.Name, Int(s.Documents)])]),
                new("countries", text["country"], [text["country"], text["documents"], text["scp"], text["mcp"]],
                    [.. data.Countries.Select(c => (IReadOnlyList<string>)[c.Country, Int(c.Documents), Int(c.SingleCountry), Int(c.MultipleCountry)])]),
            ], []),
            new("cited", text["cited"], data.Summary.DocumentsWithoutCitationCounts > 0 ? [$"{text["uncounted"]}: {Int(data.Summary.DocumentsWithoutCitationCounts)}"] : [],
            [
                new("most-cited", null, [text["work"], text["source"], text["year"], text["citations"], text["per-year"]],
                    [.. data.MostCited.Select(c => (IReadOnlyList<string>)[c.Title, c.Source ?? "—", Int(c.Year), Int(c.Citations), Number(c.CitationsPerYear)])]),
            ], []),
            Network(data.Network, text),
            new("bursts", text["bursts"], [],
            [
                new("burst-table", null, [text["term"], text["start"], text["end"], text["weight"]],
                    [.. data.Bursts.Bursts.Select(b => (IReadOnlyList<string>)[b.Term, b.Start, b.End, Fixed(b.Weight, 2)])]),
            ], ["burst-timeline"]),
            new("themes", text["themes"], [$"{text["modularity"]}: {Fixed(data.Themes.Modularity, 4)}"],
            [
                new("theme-table", null, [text["theme"], text["quadrant"], text["centrality"], text["density"], text["frequency"], text["words"]],
                    [.. data.Themes.Themes.Select(t => (IReadOnlyList<string>)[
                        t.Label, text[t.Quadrant.ToString()], Fixed(t.Centrality, 4), Fixed(t.Density, 2), Int(t.Frequency), string.Join("; ", t.Words.Take(5).Select(w => w.Word))])]),
            ], ["thematic-map"]),
            Trends(data, parameters, text),
            Parameters(data, parameters, text),
        ];
    }

    private static ReportSection Summary(DescriptiveSummary s, AnalysisReportText text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["documents"] = Int(s.Documents),
            ["timespan"] = $"{Int(s.Timespan.From)}:{Int(s.Timespan.To)}",
            ["sources"] = Int(s.Sources),
            ["annualGrowthRate"] = Number(s.AnnualGrowthRate),
            ["averageCitationsPerDocument"] = Number(s.AverageCitationsPerDocument),
            ["references"] = Int(s.References),
            ["authorKeywords"] = Int(s.AuthorKeywords),
            ["keywordsPlus"] = Int(s.KeywordsPlus),
            ["authors"] = Int(s.Authors),
            ["authorAppearances"] = Int(s.AuthorAppearances),
            ["singleAuthoredDocuments"] = Int(s.SingleAuthoredDocuments),
            ["coAuthorsPerDocument"] = Number(s.CoAuthorsPerDocument),
            ["internationalCoAuthorships"] = Number(s.InternationalCoAuthorships),
        };
        return new("summary", text["summary"], [],
        [
            // The measures by their names only: the key (documents, timespan…) is a code, not a word for a reader.
            new("summary-table", null, [text["measure"], text["value"]],
                [.. SummaryKeys.Select(k => (IReadOnlyList<string>)[text["m." + k], values[k]])]),
            new("annual-production", text["annual-production"], [text["year"], text["documents"]],
                [.. s.AnnualProduction.OrderBy(p => p.Key).Select(p => (IReadOnlyList<string>)[Int(p.Key), Int(p.Value)])]),
        ], ["annual-production"]);
    }

    private static ReportSection Network(NetworkRunResult network, AnalysisReportText text)
    {
        var map = network.Map;
        var c = network.Clustering;
        var lines = new[]
        {
            $"{text["nodes"]}: {Int(map.Labels.Count)}; {text["links"]}: {Int(map.Graph.EdgeCount)}; {text["clusters"]}: {Int(c.ClusterCount)}",
            $"{text["quality"]} ({c.Options.Algorithm}, {c.Options.Quality}, γ = {Any(c.Options.Resolution)}): {Fixed(c.Quality, 4)}; {text["modularity"]}: {Fixed(c.Modularity, 4)}",
        };
        var rows = network.Labels.Select(l => (IReadOnlyList<string>)[
            Int(l.Cluster + 1),
            Int(l.Size),
            Int(l.Documents),
            string.Join("; ", Enumerable.Range(0, map.Labels.Count).Where(i => map.Clusters[i] == l.Cluster)
                .OrderByDescending(i => map.Occurrences[i]).ThenBy(i => map.Labels[i], StringComparer.Ordinal).Take(5).Select(i => map.Labels[i])),
            string.Join("; ", l.Terms.Select(t => $"{t.Term} ({Fixed(t.Llr, 1)})")),
        ]);
        return new("network", text["network"], lines,
            [new("cluster-table", null, [text["cluster"], text["size"], text["documents"], text["top-nodes"], text["labels"]], [.. rows])], []);
    }

    private static ReportSection Trends(AnalysisReportData data, ReportParameters parameters, AnalysisReportText text)
    {
        var trend = data.Trend;
        var best = Best(trend);
        var lines = new List<string>
        {
            $"{text["topic"]}: {(string.IsNullOrWhiteSpace(parameters.TrendTopic) ? text["all"] : parameters.TrendTopic)}; {text["documents"]}: {Int(data.TrendDocuments)}",
            $"{text["best"]}: {(best is null ? text["none"] : text[best.Model.ToString()])}; {text["stage"]}: {(best is null ? text["none"] : text[best.Stage.ToString()])}",
        };
        var fits = new[] { trend.Logistic, trend.Gompertz }.OfType<GrowthFit>()
            .Select(f => (IReadOnlyList<string>)[text[f.Model.ToString()], Number(f.Saturation), Fixed(f.RSquared, 4), Fixed(f.Aic, 2), text[f.Stage.ToString()]]);
        var forecast = (best?.Forecast ?? []).Select(f => (IReadOnlyList<string>)[Int(f.Year), Number(f.Value), Number(f.Lower), Number(f.Upper)]);
        return new("trends", text["trends"], lines,
        [
            new("fit-table", null, [text["model"], text["saturation"], text["r2"], text["aic"], text["stage"]], [.. fits]),
            new("forecast-table", text["forecast"], [text["year"], text["forecast"], text["lower"], text["upper"]], [.. forecast]),
        ], ["trend-chart"]);
    }

    /// <summary>The fit the trend analysis chose by AIC.</summary>
    public static GrowthFit? Best(TrendResult trend)
    {
        ArgumentNullException.ThrowIfNull(trend);
        return trend.Best switch
        {
            GrowthModel.Gompertz => trend.Gompertz,
            GrowthModel.Logistic => trend.Logistic,
            _ => null,
        };
    }

    private static ReportSection Parameters(AnalysisReportData data, ReportParameters p, AnalysisReportText text)
    {
        var n = p.Network;
        var rows = new (string Name, string Value)[]
        {
            (text["query"], p.Query),
            (text["filters"], p.Filters.Count == 0 ? text["none"] : string.Join("; ", p.Filters)),
            (text["scope"], p.Scope),
            (text["engine"], p.EngineVersion),
            (text["date"], p.Date.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss 'UTC'", System.Globalization.CultureInfo.InvariantCulture)),
            ("rows", Int(p.Rows)),
            ("referenceYear", Int(data.ReferenceYear)),
            ("network.type", n.Kind),
            ("network.counting", n.Counting.ToString()),
            ("network.normalize", n.Normalization.ToString()),
            ("network.minOccurrences", Int(n.Selection.MinOccurrences)),
            ("network.top", Int(n.Selection.Top)),
            ("network.algorithm", n.Clustering.Algorithm.ToString()),
            ("network.quality", n.Clustering.Quality.ToString()),
            ("network.resolution", Any(n.Clustering.Resolution)),
            ("network.seed", Any(n.Clustering.Seed)),
            ("network.randomStarts", Int(n.Clustering.RandomStarts)),
            ("layout", $"VOS attraction {Int(data.Network.Layout.Attraction)}, repulsion {Int(data.Network.Layout.Repulsion)}, seed {Any(data.Network.Layout.Seed)}"),
            ("bursts.s", Any(p.Bursts.S)),
            ("bursts.gamma", Any(p.Bursts.Gamma)),
            ("bursts.minOccurrences", Int(p.BurstMinOccurrences)),
            ("themes.field", data.ThemesField),
            ("themes.words", Int(p.Themes.Words)),
            ("themes.minFrequencyPerThousand", Int(p.Themes.MinFrequencyPerThousand)),
            ("themes.algorithm", p.Themes.Algorithm.ToString()),
            ("themes.seed", Any(p.Themes.Seed)),
            ("trends.topic", string.IsNullOrWhiteSpace(p.TrendTopic) ? text["all"] : p.TrendTopic),
            ("trends.horizon", Int(p.Trends.Horizon)),
            ("trends.level", Any(p.Trends.Level)),
            ("trends.starts", Int(p.Trends.Starts)),
            ("trends.seed", Any(p.Trends.Seed)),
        };
        return new("parameters", text["parameters"], [],
            [new("parameter-table", null, [text["parameter"], text["value"]], [.. rows.Select(r => (IReadOnlyList<string>)[r.Name, r.Value])])], []);
    }
}
