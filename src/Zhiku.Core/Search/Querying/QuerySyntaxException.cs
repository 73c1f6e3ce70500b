namespace Zhiku.Search.Querying;

/// <summary>
/// A query the search syntax cannot read: the kind of mistake, where it is (0-based character position in the query,
/// when there is one) and the word concerned (a field, a facet, a value), so that a face can explain it in its
/// language. The message says the same in English for the command line and the logs.
/// </summary>
public sealed class QuerySyntaxException : SearchSyntaxException
{
    public QuerySyntaxException(string query, QuerySyntaxKind kind, int? position = null, string? detail = null, Exception? inner = null)
        : base(Describe(query, kind, position, detail), inner)
    {
        Query = query;
        Kind = kind;
        Position = position;
        Detail = detail;
        Choices = kind switch
        {
            QuerySyntaxKind.UnknownField => Fields,
            QuerySyntaxKind.UnknownFacet => SearchFields.Facets,
            _ => [],
        };
    }

    private static readonly string[] Fields = ["title", "author", "source", "keyword", "org", "kind", "lang", "year", "abstract", "text", "id"];

    /// <summary>The query as the user wrote it.</summary>
    public string Query { get; }

    public QuerySyntaxKind Kind { get; }

    /// <summary>The 0-based character position of the mistake in <see cref="Query"/>, when there is one.</summary>
    public int? Position { get; }

    /// <summary>The field, facet, value or token concerned, when there is one.</summary>
    public string? Detail { get; }

    /// <summary>What may stand where the mistake is: the fields of the syntax or the facets, when one was unknown.</summary>
    public IReadOnlyList<string> Choices { get; }

    private static string Describe(string query, QuerySyntaxKind kind, int? position, string? detail)
    {
        var at = position is { } p ? $" at character {p + 1}" : string.Empty;
        var why = kind switch
        {
            QuerySyntaxKind.UnbalancedParenthesis => $"a parenthesis{at} has no partner",
            QuerySyntaxKind.UnbalancedQuote => $"the quotation mark{at} is never closed",
            QuerySyntaxKind.BadRange => $"the range{at} is not complete or not on year: write year:[2010 TO 2020]",
            QuerySyntaxKind.UnknownField => $"unknown field '{detail}': use {string.Join(", ", Fields)}",
            QuerySyntaxKind.NotAYear => $"'{detail}' is not a year: write year:2020 or year:[2010 TO 2020]",
            QuerySyntaxKind.LeadingWildcard => $"a word{at} starts with * or ?: put the wildcard after some letters",
            QuerySyntaxKind.UnknownFacet => $"unknown facet '{detail}': use {string.Join(", ", SearchFields.Facets)}",
            QuerySyntaxKind.NoSearchableWords => "it has no searchable words",
            _ => detail is null ? $"something is out of place{at}" : $"'{detail}'{at} is out of place",
        };
        return $"cannot read the query \"{query}\": {why}";
    }
}
