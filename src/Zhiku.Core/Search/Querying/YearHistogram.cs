using System.Globalization;

namespace Zhiku.Search.Querying;

/// <summary>The year facet's counts as a histogram: every year from the first to the last, in order, empty years as 0.</summary>
internal static class YearHistogram
{
    public static IReadOnlyList<YearCount> From(IEnumerable<KeyValuePair<string, int>> yearCounts)
    {
        var counts = new SortedDictionary<int, int>();
        foreach (var (value, count) in yearCounts)
        {
            if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var year))
            {
                counts[year] = counts.GetValueOrDefault(year) + count;
            }
        }

        if (counts.Count == 0)
        {
            return [];
        }

        var first = counts.Keys.First();
        var last = counts.Keys.Last();
        return [.. Enumerable.Range(first, last - first + 1).Select(y => new YearCount(y, counts.GetValueOrDefault(y)))];
    }
}
