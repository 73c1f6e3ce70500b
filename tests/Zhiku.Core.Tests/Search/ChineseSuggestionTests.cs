using Zhiku.Access;
using Zhiku.Search;
using Zhiku.Search.Suggesting;

namespace Zhiku.Tests.Search;

/// <summary>
/// Issue 11: suggestions for 科技 gave one item on the sample corpus. A Chinese prefix completes to several words and
/// phrases, segmented by jieba from titles, abstracts and full texts (科技进步, 科技创新, …), ranked by the works that
/// carry them; English prefixes keep completing from titles, keywords and authors.
/// </summary>
public sealed class ChineseSuggestionTests(PolicyYearsFixture policies, SearchFixture papers) : IClassFixture<PolicyYearsFixture>, IClassFixture<SearchFixture>
{
    [Fact]
    public void A_Chinese_prefix_completes_to_several_words_and_phrases_ranked_by_their_works()
    {
        var suggestions = policies.Kb.Read(Caller.Owner).Suggest("科技");

        Assert.True(suggestions.Count >= 8, $"{suggestions.Count}: {string.Join(", ", suggestions.Select(s => s.Text))}");
        Assert.All(suggestions, s => Assert.StartsWith("科技", s.Text, StringComparison.Ordinal));
        Assert.True(suggestions.Count(s => s.Text.Length > 2) >= 5, string.Join(", ", suggestions.Select(s => s.Text)));
        Assert.Equal(suggestions.Select(s => s.Works).OrderDescending(), suggestions.Select(s => s.Works));
        Assert.Equal(suggestions.Count, suggestions.Select(s => s.Text).Distinct().Count());
    }

    [Fact]
    public void A_suggested_Chinese_phrase_finds_at_least_the_works_it_was_counted_in()
    {
        var suggestions = policies.Kb.Read(Caller.Owner).Suggest("科技");

        foreach (var phrase in suggestions.Where(s => s.Text.Length > 2).Take(3))
        {
            var found = policies.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "\"" + phrase.Text + "\"", Limit = 0, FacetSize = 0 }).Total;
            Assert.True(found >= phrase.Works, $"{phrase.Text}: suggested with {phrase.Works} works, the search finds {found}");
        }
    }

    [Fact]
    public void A_phrase_of_a_title_joins_its_Chinese_words_as_a_writer_types_them()
    {
        var phrases = Enumerable.Range(0, 3).SelectMany(i => SuggestTerms.ChinesePhrases(["科技", "成果", "转化", "的", "政策"], i)).ToList();

        Assert.Equal(["科技成果", "科技成果转化", "成果转化"], phrases);
    }

    [Theory]
    [InlineData("scien")]
    [InlineData("cita")]
    public void An_English_prefix_still_completes_from_titles_keywords_and_authors(string prefix)
    {
        var suggestions = papers.Kb.Read(Caller.Owner).Suggest(prefix);

        Assert.True(suggestions.Count >= 5, string.Join(", ", suggestions.Select(s => s.Text)));
        Assert.All(suggestions, s => Assert.StartsWith(prefix, s.Text, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(suggestions, s => s.Kind == SuggestionKind.TextWord);
    }
}
