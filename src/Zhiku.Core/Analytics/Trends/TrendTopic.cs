using Zhiku.Analytics.Bibliometrics;
using Zhiku.Model;

namespace Zhiku.Analytics.Trends;

/// <summary>Which works belong to a trend's topic: a keyword containing it or a title containing it (case-insensitive).</summary>
public static class TrendTopic
{
    public static IReadOnlyList<WorkRecord> Select(IReadOnlyList<WorkRecord> works, string? topic)
    {
        ArgumentNullException.ThrowIfNull(works);
        if (string.IsNullOrWhiteSpace(topic))
        {
            return works;
        }

        var key = BibliometrixKeys.Keyword(topic);
        return [.. works.Where(w =>
            w.AuthorKeywords.Concat(w.IndexKeywords).Any(k => BibliometrixKeys.Keyword(k).Contains(key, StringComparison.Ordinal))
            || w.Titles.Any(t => t.Text.Contains(topic.Trim(), StringComparison.OrdinalIgnoreCase)))];
    }

    /// <summary>Documents per publication year.</summary>
    public static Dictionary<int, int> YearlyCounts(IEnumerable<WorkRecord> works) =>
        works.Where(w => w.Year.HasValue).GroupBy(w => w.Year!.Value).ToDictionary(g => g.Key, g => g.Count());
}
