namespace Zhiku.Search;

/// <summary>What is wrong in a search's parameters (beside its query text, which <see cref="Querying.QuerySyntaxException"/> covers).</summary>
public enum SearchRequestMistake
{
    /// <summary>A sort that is not relevance, date or citations.</summary>
    UnknownSort,

    /// <summary>A facet filter without its facet:value colon.</summary>
    FilterWithoutFacet,

    /// <summary>An entity that is not works, people, organisations, projects, outputs or cases.</summary>
    UnknownEntity,

    /// <summary>A from or to year that is not a whole year (0–9999).</summary>
    NotAYear,

    /// <summary>A from–to year range whose end comes before its start.</summary>
    YearsReversed,
}
