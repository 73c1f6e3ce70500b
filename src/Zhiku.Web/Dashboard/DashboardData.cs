using System.Globalization;
using Zhiku.Knowledge.Reading;
using Zhiku.Model;
using Zhiku.Search;

namespace Zhiku.Web.Dashboard;

/// <summary>What the dashboard shows, computed from the caller's view only (search facets and access-filtered counts).</summary>
internal sealed record DashboardData(
    int Works,
    IReadOnlyList<Counted> Kinds,
    IReadOnlyList<Counted> Years,
    IReadOnlyList<Counted> Keywords,
    EntityCounts Entities,
    IReadOnlyList<ImportBatchSummary> RecentImports)
{
    public static DashboardData Compute(ReadSession read)
    {
        var result = read.Search(new SearchRequest { Query = "*", Limit = 0, FacetSize = 400, IncludeSnippets = false });
        IReadOnlyDictionary<string, int> Facet(string name) => result.Facets.TryGetValue(name, out var values) ? values : new Dictionary<string, int>();
        var counts = Facet("year")
            .Select(p => (Ok: int.TryParse(p.Key, NumberStyles.Integer, CultureInfo.InvariantCulture, out var y), Year: y, p.Value))
            .Where(p => p.Ok && p.Year is >= 1900 and <= 2100)
            .ToDictionary(p => p.Year, p => p.Value);
        return new DashboardData(
            result.Total,
            [.. Facet("kind").OrderByDescending(p => p.Value).Select(p => new Counted(p.Key, p.Value))],
            EveryYear(counts),
            [.. Facet("keyword").OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(20).Select(p => new Counted(p.Key, p.Value))],
            read.Counts(),
            read.RecentImports());
    }

    /// <summary>Every year from the first to the last, a year without works counted 0 (a gap is a fact, not a skip).</summary>
    internal static IReadOnlyList<Counted> EveryYear(IReadOnlyDictionary<int, int> counts) =>
        counts.Count == 0
            ? []
            : [.. Enumerable.Range(counts.Keys.Min(), counts.Keys.Max() - counts.Keys.Min() + 1)
                .Select(y => new Counted(y.ToString(CultureInfo.InvariantCulture), counts.GetValueOrDefault(y)))];
}
