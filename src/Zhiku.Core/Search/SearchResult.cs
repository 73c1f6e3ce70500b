namespace Zhiku.Search;

/// <summary>One hit: enough to show a result line.</summary>
public sealed record SearchHit(
    string Id, string Kind, string Title, int? Year, IReadOnlyList<string> Authors, string? Source, string Snippet, float Score);

/// <summary>The result of a search, with the total and facet counts over everything the caller may see.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets)
{
    /// <summary>
    /// The works of the result per year, every year from the first to the last in order, an empty year as 0; counted
    /// without the request's from–to year range, so that the range can be widened again (empty when facets are off).
    /// </summary>
    public IReadOnlyList<YearCount> Years { get; init; } = [];
}

/// <summary>How many works of a result have a year.</summary>
public sealed record YearCount(int Year, int Count);
