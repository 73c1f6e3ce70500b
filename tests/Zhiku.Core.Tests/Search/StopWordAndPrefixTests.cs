using Zhiku.Access;
using Zhiku.Search;

namespace Zhiku.Tests.Search;

/// <summary>
/// Issue 11, search: an English stop word never turns a query into nothing, and a prefix finds at least what the words
/// it covers find (the scientometrics WoS sample and the CNKI CiteSpace export of <see cref="SearchFixture"/>).
/// </summary>
public sealed class StopWordAndPrefixTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    [Theory]
    [InlineData("history of science", "history science")]
    [InlineData("science and technology", "science technology")]
    [InlineData("Economics of Education", "Economics Education")]
    [InlineData("the internet", "internet")]
    [InlineData("analysis of the citations", "analysis citations")]
    [InlineData("title:(mapping of science)", "title:(mapping science)")]
    public void A_stop_word_is_dropped_so_the_query_finds_what_its_other_words_find(string query, string withoutStopWords)
    {
        var withStopWord = Ids(query);
        var words = Ids(withoutStopWords);

        Assert.Equal(words, withStopWord);
    }

    [Theory]
    [InlineData("history of science")]
    [InlineData("science and technology")]
    [InlineData("mapping of science")]
    public void A_query_with_stop_words_finds_at_least_its_quoted_phrase(string query)
    {
        var phrase = Ids("\"" + query + "\"");
        var words = Ids(query);

        Assert.NotEmpty(phrase);
        Assert.Subset(words, phrase);
    }

    [Theory]
    [InlineData("the")]
    [InlineData("of the")]
    [InlineData("The")]
    public void A_query_made_only_of_stop_words_finds_the_titles_that_contain_them(string query)
    {
        var all = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Limit = 2000 }).Hits;
        var expected = all.Where(h => ContainsAll(h.Title, query)).Select(h => h.Id).ToHashSet();

        var found = Ids(query);

        Assert.NotEmpty(expected);
        Assert.Subset(found, expected);
        Assert.True(found.Count < all.Count, $"{found.Count} of {all.Count}: a stop word must not match everything");
    }

    [Theory]
    [InlineData("sci*", "science")]
    [InlineData("sci*", "scientometrics")]
    [InlineData("science*", "science")]
    [InlineData("citation*", "citations")]
    [InlineData("network*", "networks")]
    [InlineData("title:scien*", "title:science")]
    [InlineData("科*", "科技")]
    [InlineData("科*", "科学")]
    [InlineData("艺术*", "艺术学理论")]
    [InlineData("藝術*", "艺术学")]
    [InlineData("title:艺*", "title:艺术")]
    [InlineData("cit*", "citation")]
    public void A_prefix_finds_at_least_what_each_word_it_covers_finds(string prefix, string word)
    {
        var byWord = Ids(word);
        var byPrefix = Ids(prefix);

        Assert.NotEmpty(byWord);
        Assert.Subset(byPrefix, byWord);
    }

    private HashSet<string> Ids(string query) =>
        fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = query, Limit = 2000 }).Hits.Select(h => h.Id).ToHashSet();

    private static string Normal(string title) =>
        new(title.ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : ' ').ToArray());

    private static bool ContainsAll(string title, string query) =>
        query.ToLowerInvariant().Split(' ').All(w => (" " + Normal(title) + " ").Contains(" " + w + " ", StringComparison.Ordinal));
}
