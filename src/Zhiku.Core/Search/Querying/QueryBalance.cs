namespace Zhiku.Search.Querying;

/// <summary>
/// Checks that a query's parentheses, quotation marks and range brackets pair up before the parser sees it, so that
/// the mistake gets a kind and a position instead of the parser's token list. A backslash escapes the next character.
/// </summary>
internal static class QueryBalance
{
    public static void Check(string query)
    {
        var open = new Stack<int>();
        int? quote = null, range = null;
        for (var i = 0; i < query.Length; i++)
        {
            var c = query[i];
            if (c == '\\')
            {
                i++;
            }
            else if (quote is not null)
            {
                quote = c == '"' ? null : quote;
            }
            else if (range is not null)
            {
                range = c is ']' or '}' ? null : range;
            }
            else if (c == '"')
            {
                quote = i;
            }
            else if (c is '[' or '{')
            {
                range = i;
            }
            else if (c is ']' or '}')
            {
                throw new QuerySyntaxException(query, QuerySyntaxKind.BadRange, i);
            }
            else if (c == '(')
            {
                open.Push(i);
            }
            else if (c == ')' && !open.TryPop(out _))
            {
                throw new QuerySyntaxException(query, QuerySyntaxKind.UnbalancedParenthesis, i);
            }
        }

        if (quote is { } q)
        {
            throw new QuerySyntaxException(query, QuerySyntaxKind.UnbalancedQuote, q);
        }

        if (range is { } r)
        {
            throw new QuerySyntaxException(query, QuerySyntaxKind.BadRange, r);
        }

        if (open.TryPeek(out var unclosed))
        {
            throw new QuerySyntaxException(query, QuerySyntaxKind.UnbalancedParenthesis, unclosed);
        }
    }
}
