using Zhiku.Search.Querying;

namespace Zhiku.Search;

/// <summary>
/// A search parameter the core cannot use: which parameter (<see cref="Field"/>), its value and what is allowed, kept
/// apart so that a face can say it in its user's language; the message says it in English.
/// </summary>
public sealed class SearchRequestException : SearchSyntaxException
{
    public SearchRequestException(SearchRequestMistake mistake, string field, string value)
        : base(Describe(mistake, value)) => (Mistake, Field, Value) = (mistake, field, value);

    public SearchRequestMistake Mistake { get; }

    /// <summary>The parameter as the web names it (sort, f).</summary>
    public string Field { get; }

    public string Value { get; }

    /// <summary>The values the parameter allows, when it is a choice.</summary>
    public IReadOnlyList<string> Choices => Mistake switch
    {
        SearchRequestMistake.UnknownSort => SearchRequestValues.SortNames,
        SearchRequestMistake.UnknownEntity => SearchRequestValues.EntityNames,
        _ => [],
    };

    private static string Describe(SearchRequestMistake mistake, string value) => mistake switch
    {
        SearchRequestMistake.UnknownSort => $"unknown sort '{value}': use relevance, date or citations",
        SearchRequestMistake.UnknownEntity => $"unknown entity '{value}': use {string.Join(", ", SearchRequestValues.EntityNames)}",
        SearchRequestMistake.NotAYear => $"'{value}' is not a year: use a whole year such as 2020",
        SearchRequestMistake.YearsReversed => $"the year range {value} ends before it starts",
        _ => $"a facet filter needs facet:value, not '{value}'",
    };
}
