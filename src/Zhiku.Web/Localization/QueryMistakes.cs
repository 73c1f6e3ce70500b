using Zhiku.Search.Querying;

namespace Zhiku.Web.Localization;

/// <summary>What is wrong in a query, in the reader's language: the same words on the search page and in the API's problem details.</summary>
internal static class QueryMistakes
{
    public static string Explain(this Texts texts, QuerySyntaxException mistake)
    {
        // Positions are counted from 1 for people.
        var position = (mistake.Position ?? 0) + 1;
        var key = mistake.Kind == QuerySyntaxKind.Unexpected && mistake.Detail is null ? "query.UnexpectedEnd" : "query." + mistake.Kind;
        return texts.Format(key, position, mistake.Detail, string.Join(", ", mistake.Choices));
    }
}
