namespace Zhiku.Search;

/// <summary>
/// Validation of a search's parameters beside its query, shared by the CLI, the API and the search page; a bad value is
/// a <see cref="SearchRequestException"/> naming the parameter, the value and what is allowed.
/// </summary>
public static class SearchRequestValues
{
    /// <summary>The sorts' names, as --sort and sort= take them.</summary>
    public static IReadOnlyList<string> SortNames { get; } = ["relevance", "date", "citations"];

    /// <summary>The sort a name stands for (case-insensitive; empty is relevance, "cited" is citations).</summary>
    public static SearchSort Sort(string? name, string field = "sort") => (name ?? string.Empty).ToLowerInvariant() switch
    {
        "" or "relevance" => SearchSort.Relevance,
        "date" => SearchSort.Date,
        "citations" or "cited" => SearchSort.Citations,
        _ => throw new SearchRequestException(SearchRequestMistake.UnknownSort, field, name!),
    };

    /// <summary>A facet filter written facet:value, as the search page and the API take it.</summary>
    public static KeyValuePair<string, string> Filter(string? filter, string field = "f")
    {
        var colon = filter?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0
            ? new(filter![..colon], filter[(colon + 1)..])
            : throw new SearchRequestException(SearchRequestMistake.FilterWithoutFacet, field, filter ?? string.Empty);
    }

    /// <summary>A from or to year of a year range (empty: no bound); anything but a whole year 0–9999 names the parameter.</summary>
    public static int? Year(string field, string? text)
    {
        var trimmed = (text ?? string.Empty).Trim();
        if (trimmed.Length == 0)
        {
            return null;
        }

        return int.TryParse(trimmed, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year <= 9999
            ? year
            : throw new SearchRequestException(SearchRequestMistake.NotAYear, field, trimmed);
    }

    /// <summary>The entities' names, as --entity and entity= take them.</summary>
    public static IReadOnlyList<string> EntityNames { get; } = ["works", "people", "organisations", "projects", "outputs", "cases"];

    /// <summary>The entity a name stands for (case-insensitive; empty is works; singular and US spellings accepted).</summary>
    public static SearchEntity Entity(string? name, string field = "entity") => (name ?? string.Empty).ToLowerInvariant() switch
    {
        "" or "works" or "work" => SearchEntity.Works,
        "people" or "person" or "persons" => SearchEntity.People,
        "organisations" or "organisation" or "organizations" or "organization" or "orgs" => SearchEntity.Organisations,
        "projects" or "project" => SearchEntity.Projects,
        "outputs" or "output" => SearchEntity.Outputs,
        "cases" or "case" => SearchEntity.Cases,
        _ => throw new SearchRequestException(SearchRequestMistake.UnknownEntity, field, name!),
    };
}
