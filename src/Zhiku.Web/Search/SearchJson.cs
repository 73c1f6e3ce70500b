using Zhiku.Search;

namespace Zhiku.Web.Search;

/// <summary>
/// The JSON of a search, the same shape as <c>zhiku search --json</c>; <c>years</c> is the year histogram (every year
/// from the first to the last in order, empty years 0) beside the year facet's top values in <c>facets</c>.
/// </summary>
internal sealed record SearchJson(int Total, IReadOnlyList<SearchHitJson> Hits, IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets, IReadOnlyList<YearCount> Years)
{
    public static SearchJson From(SearchResult result) => new(
        result.Total,
        [.. result.Hits.Select(h => new SearchHitJson(h.Id, h.Kind, h.Title, h.Year, h.Authors, h.Source, h.Snippet, h.Score))],
        result.Facets,
        result.Years);
}

/// <summary>One hit of <see cref="SearchJson"/>; the snippet is HTML with &lt;em&gt; marks, its text already escaped.</summary>
internal sealed record SearchHitJson(string Id, string Kind, string Title, int? Year, IReadOnlyList<string> Authors, string? Source, string Snippet, float Score);
