namespace Zhiku.Search;

/// <summary>One hit: enough to show a result line.</summary>
public sealed record SearchHit(
    string Id, string Kind, string Title, int? Year, IReadOnlyList<string> Authors, string? Source, string Snippet, float Score);

/// <summary>The result of a search, with the total and facet counts over everything the caller may see.</summary>
public sealed record SearchResult(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Facets);
