namespace Zhiku.Search;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    Relevance,
    Date,
    Citations,
}

/// <summary>A search: the query in Zhiku's syntax, facet filters, order and page.</summary>
public sealed record SearchRequest
{
    public required string Query { get; init; }

    /// <summary>Facet filters: facet name → value (e.g. kind → policy-document); every filter must match.</summary>
    public IReadOnlyDictionary<string, string> Filters { get; init; } = new Dictionary<string, string>();

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    public int Offset { get; init; }

    public int Limit { get; init; } = 10;

    /// <summary>False to skip highlighting (exports, counts).</summary>
    public bool IncludeSnippets { get; init; } = true;

    /// <summary>How many values of each facet to return.</summary>
    public int FacetSize { get; init; } = 10;

    /// <summary>The first year a work may have (inclusive), or null for no lower bound; a work without a year is then left out.</summary>
    public int? YearFrom { get; init; }

    /// <summary>The last year a work may have (inclusive), or null for no upper bound; a work without a year is then left out.</summary>
    public int? YearTo { get; init; }

    /// <summary>Whether a from–to year range restricts the works.</summary>
    public bool HasYearRange => YearFrom is not null || YearTo is not null;
}
