using Zhiku.Access;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Querying;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

/// <summary>A query the syntax cannot read says what is wrong and where, never in the parser's words.</summary>
public sealed class QuerySyntaxTests : IDisposable
{
    private readonly TempDataDirectory _directory = new();
    private readonly KnowledgeBase _kb;

    public QuerySyntaxTests() => _kb = _directory.Open();

    [Theory]
    [InlineData("title:(unclosed", QuerySyntaxKind.UnbalancedParenthesis, 6)]
    [InlineData("a) b", QuerySyntaxKind.UnbalancedParenthesis, 1)]
    [InlineData("(a (b) c", QuerySyntaxKind.UnbalancedParenthesis, 0)]
    [InlineData("\"science policy", QuerySyntaxKind.UnbalancedQuote, 0)]
    [InlineData("智库 \"评价", QuerySyntaxKind.UnbalancedQuote, 3)]
    [InlineData("year:[abc TO", QuerySyntaxKind.BadRange, 5)]
    [InlineData("year:2010 TO 2020]", QuerySyntaxKind.BadRange, 17)]
    [InlineData("title:[a TO b]", QuerySyntaxKind.BadRange, 0)]
    [InlineData("colour:red", QuerySyntaxKind.UnknownField, 0)]
    [InlineData("science year:abc", QuerySyntaxKind.NotAYear, 13)]
    [InlineData("year:[abc TO 2020]", QuerySyntaxKind.NotAYear, 6)]
    [InlineData("*ology", QuerySyntaxKind.LeadingWildcard, 0)]
    [InlineData("science AND", QuerySyntaxKind.Unexpected, 11)]
    [InlineData("science OR OR policy", QuerySyntaxKind.Unexpected, 11)]
    public void A_mistake_has_a_kind_and_the_position_where_it_is(string query, QuerySyntaxKind kind, int position)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Search(query));

        Assert.Equal(kind, error.Kind);
        Assert.Equal(position, error.Position);
        Assert.Equal(query, error.Query);
    }

    [Theory]
    [InlineData("title:(unclosed")]
    [InlineData("science AND")]
    [InlineData("*ology")]
    [InlineData("year:[abc TO")]
    public void The_message_never_carries_the_parser_text(string query)
    {
        var error = Assert.Throws<QuerySyntaxException>(() => Search(query));

        Assert.DoesNotContain("Cannot parse", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Encountered", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Expecting", error.Message, StringComparison.Ordinal);
        Assert.StartsWith($"cannot read the query \"{query}\": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_and_an_unknown_facet_are_named()
    {
        var field = Assert.Throws<QuerySyntaxException>(() => Search("colour:red"));
        var facet = Assert.Throws<QuerySyntaxException>(() => _kb.Read(Caller.Owner).Search(
            new SearchRequest { Query = "science", Filters = new Dictionary<string, string>(StringComparer.Ordinal) { ["colour"] = "blue" } }));

        Assert.Equal("colour", field.Detail);
        Assert.Contains("unknown field 'colour'", field.Message, StringComparison.Ordinal);
        Assert.Equal(QuerySyntaxKind.UnknownFacet, facet.Kind);
        Assert.Equal("colour", facet.Detail);
    }

    [Theory]
    [InlineData("title:\\(escaped")]
    [InlineData("\"a (phrase\" (with parentheses)")]
    [InlineData("year:[2010 TO 2020] AND (science OR policy)")]
    [InlineData("（全角括号）")]
    public void Balanced_and_escaped_queries_are_read(string query) =>
        Assert.NotNull(Search(query));

    public void Dispose()
    {
        _kb.Dispose();
        _directory.Dispose();
    }

    private SearchResult Search(string query) => _kb.Read(Caller.Owner).Search(new SearchRequest { Query = query });
}
