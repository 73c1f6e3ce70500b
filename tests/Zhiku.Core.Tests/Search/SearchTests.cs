using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Search.Querying;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

/// <summary>Searching real exports in Chinese and English, shared by the tests of this class.</summary>
public sealed class SearchFixture : IDisposable
{
    public SearchFixture()
    {
        Kb = Directory.Open();
        Kb.Import(
            [
                SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt"),
                SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt"),
            ],
            new ImportOptions());
    }

    public TempDataDirectory Directory { get; } = new();

    public KnowledgeBase Kb { get; }

    public SearchResult Search(string query, int limit = 10, SearchSort sort = SearchSort.Relevance) =>
        Kb.Read(Caller.Owner).Search(new SearchRequest { Query = query, Limit = limit, Sort = sort });

    public void Dispose()
    {
        Kb.Dispose();
        Directory.Dispose();
    }
}

public sealed class SearchTests(SearchFixture fixture) : IClassFixture<SearchFixture>
{
    // Counted in download_1-307.txt: titles containing 艺术学理论 as a whole word.
    [Fact]
    public void A_chinese_word_finds_the_records_that_contain_it()
    {
        var result = fixture.Search("title:艺术学理论", limit: 400);

        Assert.True(result.Total > 50, $"total {result.Total}");
        Assert.All(result.Hits, h => Assert.Contains("艺术学理论", h.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void A_substring_of_a_chinese_word_is_found_through_the_bigram_field()
    {
        // "学理" sits inside 艺术学理论 but is not a word of it: only bigrams can find it.
        var result = fixture.Search("title:学理", limit: 400);
        var expected = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Limit = 2000 }).Hits
            .Count(h => h.Title.Contains("学理", StringComparison.Ordinal));

        Assert.Equal(expected, result.Total);
        Assert.True(expected > 50);
    }

    [Fact]
    public void English_words_are_stemmed_so_a_plural_finds_the_singular()
    {
        var plural = fixture.Search("title:networks");
        var singular = fixture.Search("title:network");

        Assert.Equal(singular.Total, plural.Total);
        Assert.True(singular.Total > 0);
    }

    [Fact]
    public void Phrases_field_queries_and_boolean_operators_narrow_the_results()
    {
        var words = fixture.Search("citation analysis");
        var phrase = fixture.Search("\"citation analysis\"");
        var without = fixture.Search("citation analysis NOT journal");
        var either = fixture.Search("citation OR coupling");
        var citation = fixture.Search("citation");

        Assert.True(phrase.Total > 0 && phrase.Total <= words.Total);
        Assert.True(without.Total < words.Total);
        Assert.True(either.Total >= citation.Total);
    }

    [Fact]
    public void Year_ranges_and_kinds_filter_and_facets_count_what_matches()
    {
        var result = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "year:[2010 TO 2014]", Limit = 500 });

        Assert.All(result.Hits, h => Assert.InRange(h.Year!.Value, 2010, 2014));
        Assert.Equal(result.Total, result.Facets["year"].Values.Sum());
        Assert.Equal(result.Total, result.Facets["kind"].Values.Sum());
    }

    [Fact]
    public void A_facet_filter_keeps_only_that_value_and_language_facets_split_the_corpus()
    {
        var all = fixture.Search("*");
        var chinese = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Filters = new Dictionary<string, string> { ["lang"] = "zh" } });

        Assert.Equal(all.Facets["lang"]["zh"], chinese.Total);
        Assert.Equal(307, chinese.Total);
        Assert.Equal(147 + 307, all.Total);
    }

    [Fact]
    public void Snippets_mark_the_matched_words_and_escape_the_text()
    {
        var hit = fixture.Search("abstract:coupling").Hits[0];

        Assert.Contains("<em>", hit.Snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", hit.Snippet, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Chinese_snippets_mark_substring_matches()
    {
        var hit = fixture.Search("学理").Hits[0];

        Assert.Contains("<em>学理</em>", hit.Snippet.Replace("</em><em>", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Results_sort_by_citations_and_page()
    {
        var sorted = fixture.Search("*", limit: 20, sort: SearchSort.Citations);
        var page2 = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Sort = SearchSort.Citations, Offset = 10, Limit = 10 });
        var cites = sorted.Hits.Select(h => fixture.Kb.Read(Caller.Owner).Work(h.Id)!.Work.CitedByCount ?? 0).ToList();

        Assert.Equal(cites.OrderByDescending(c => c), cites);
        Assert.Equal(sorted.Hits.Skip(10).Select(h => h.Id), page2.Hits.Select(h => h.Id));
    }

    [Fact]
    public void A_query_the_syntax_cannot_read_says_why()
    {
        var error = Assert.Throws<QuerySyntaxException>(() => fixture.Search("title:(unclosed"));
        var field = Assert.Throws<QuerySyntaxException>(() => fixture.Search("colour:red"));

        Assert.Contains("cannot read the query", error.Message, StringComparison.Ordinal);
        Assert.Contains("unknown field 'colour'", field.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Facet_counts_equal_the_counts_over_the_matching_works_across_index_segments()
    {
        var result = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "citation OR 艺术", Limit = 1000, FacetSize = 1000 });
        var works = result.Hits.Select(h => fixture.Kb.Read(Caller.Owner).Work(h.Id)!.Work).ToList();

        var years = works.Where(w => w.Year is not null).GroupBy(w => w.Year!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToDictionary(g => g.Key, g => g.Count());
        var sources = works.Where(w => w.Source is not null).GroupBy(w => w.Source!).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(result.Total, works.Count);
        Assert.Equal(years.OrderBy(p => p.Key, StringComparer.Ordinal), result.Facets["year"].OrderBy(p => p.Key, StringComparer.Ordinal));
        Assert.Equal(sources.OrderBy(p => p.Key, StringComparer.Ordinal), result.Facets["source"].OrderBy(p => p.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_requested_number_of_facet_values_is_returned_most_frequent_first()
    {
        var result = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", FacetSize = 3 });
        var all = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", FacetSize = 10_000 });

        var expected = all.Facets["keyword"].OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(3);
        Assert.Equal(expected, result.Facets["keyword"]);
    }
}
