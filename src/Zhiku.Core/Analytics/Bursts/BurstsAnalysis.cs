using Zhiku.Analytics.Documents;
using Zhiku.Analytics.Terms;
using Zhiku.Model;

namespace Zhiku.Analytics.Bursts;

/// <summary>Bursts of the works' items by year, and the one result document of any burst report.</summary>
public static class BurstsAnalysis
{
    public static AnalysisResult Run(IReadOnlyList<WorkRecord> works, BurstsRequest request)
    {
        ArgumentNullException.ThrowIfNull(works);
        ArgumentNullException.ThrowIfNull(request);
        var field = request.ResolveField();
        var options = request.Options();
        var (series, slices) = Series(works, field, request.ResolveMinOccurrences());
        return Document(BurstDetection.Run(series, slices, options), series.Count, field);
    }

    /// <summary>The yearly series of a field's items in at least <paramref name="minOccurrences"/> documents.</summary>
    public static (IReadOnlyList<TermSeries> Series, IReadOnlyList<string> Slices) Series(IReadOnlyList<WorkRecord> works, string field, int minOccurrences)
    {
        ArgumentNullException.ThrowIfNull(works);
        var items = WorkItems.Of(field);
        return YearlySeries.Build([.. works.Select(w => (w.Year, items(w)))], minOccurrences);
    }

    /// <summary>The JSON and table of a burst report (<paramref name="field"/> null: series read from a file).</summary>
    public static AnalysisResult Document(BurstReport report, int terms, string? field)
    {
        ArgumentNullException.ThrowIfNull(report);
        var json = new
        {
            field,
            bursts = report.Bursts.Select(b => new { term = b.Term, start = b.Start, end = b.End, weight = b.Weight }),
            slices = report.Slices,
            terms,
            parameters = report.Options,
        };
        var table = new List<string[]> { new[] { "term", "start", "end", "weight" } };
        table.AddRange(report.Bursts.Select(b => new[] { b.Term, b.Start, b.End, AnalysisJson.Cell(b.Weight) }));
        return AnalysisResult.Of(json, table);
    }
}
