using Zhiku.Access;
using Zhiku.Importing.Pipeline;
using Zhiku.Knowledge;
using Zhiku.Search;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Search;

/// <summary>The real government work reports (1954–2024, with years without a report) and the State Council documents of 2019.</summary>
public sealed class PolicyYearsFixture : IDisposable
{
    public PolicyYearsFixture()
    {
        Kb = Directory.Open();
        Kb.Import(
            [
                SharedData.Path("documents/cn-policy/government_work_reports.jsonl"),
                SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"),
            ],
            new ImportOptions());
    }

    public TempDataDirectory Directory { get; } = new();

    public KnowledgeBase Kb { get; }

    public SearchResult Search(string query, int? from = null, int? to = null) =>
        Kb.Read(Caller.Owner).Search(new SearchRequest { Query = query, Limit = 1000, IncludeSnippets = false, YearFrom = from, YearTo = to });

    public void Dispose()
    {
        Kb.Dispose();
        Directory.Dispose();
    }
}

/// <summary>
/// Issue 11: the year facet is a histogram over the whole span of a result (every year in order, empty years as 0), not
/// the ten most frequent years (for 科技 政策 the page showed only 1978–1987), and a from–to range narrows the result.
/// </summary>
public sealed class YearHistogramTests(PolicyYearsFixture fixture) : IClassFixture<PolicyYearsFixture>
{
    [Fact]
    public void The_years_of_a_result_run_from_its_first_year_to_its_last_with_every_year_between_in_order()
    {
        var result = fixture.Search("科技 政策");
        var hitYears = result.Hits.Select(h => h.Year).OfType<int>().ToList();

        Assert.True(hitYears.Distinct().Count() > 10, $"{hitYears.Distinct().Count()} distinct years: the corpus should spread 科技 政策 over decades");
        Assert.Equal(Enumerable.Range(hitYears.Min(), hitYears.Max() - hitYears.Min() + 1), result.Years.Select(y => y.Year));
        Assert.Equal(hitYears.Count, result.Years.Sum(y => y.Count));
        foreach (var year in result.Years)
        {
            Assert.Equal(hitYears.Count(y => y == year.Year), year.Count);
        }
    }

    [Fact]
    public void A_year_without_a_work_is_shown_as_an_empty_year_not_left_out()
    {
        var result = fixture.Search("科技 政策");

        // No government work report was given in 1989–1991: those years are in the histogram with nothing in them.
        Assert.Contains(result.Years, y => y.Count == 0);
        Assert.Equal(0, Assert.Single(result.Years, y => y.Year == 1990).Count);
    }

    [Fact]
    public void The_year_histogram_reaches_the_years_the_ten_most_frequent_years_leave_out()
    {
        var result = fixture.Search("科技 政策");

        // The ten most frequent years of 科技 政策 are ten years with one report each: 1978–1987, as the issue saw.
        Assert.Equal(10, result.Facets["year"].Count);
        Assert.True(result.Years.Count(y => y.Count > 0) > 10);
        Assert.Contains(result.Years, y => y.Year > 2015 && y.Count > 0 && !result.Facets["year"].ContainsKey(y.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_from_to_range_keeps_the_works_of_those_years_and_the_histogram_still_shows_every_year()
    {
        var all = fixture.Search("科技 政策");

        var range = fixture.Search("科技 政策", 1990, 1999);

        Assert.Equal(all.Years.Where(y => y.Year is >= 1990 and <= 1999).Sum(y => y.Count), range.Total);
        Assert.All(range.Hits, h => Assert.InRange(h.Year ?? 0, 1990, 1999));
        Assert.Equal(all.Years, range.Years);
    }

    [Fact]
    public void A_range_open_at_one_end_is_bounded_at_the_other_only()
    {
        var from2010 = fixture.Search("科技 政策", from: 2010);
        var to1985 = fixture.Search("科技 政策", to: 1985);

        Assert.NotEqual(0, from2010.Total);
        Assert.All(from2010.Hits, h => Assert.True(h.Year >= 2010));
        Assert.NotEqual(0, to1985.Total);
        Assert.All(to1985.Hits, h => Assert.True(h.Year <= 1985));
    }

    [Fact]
    public void A_range_that_ends_before_it_starts_is_a_mistake_naming_the_range()
    {
        var mistake = Assert.Throws<SearchRequestException>(() => fixture.Search("科技 政策", 2000, 1990));

        Assert.Equal(SearchRequestMistake.YearsReversed, mistake.Mistake);
        Assert.Contains("2000–1990", mistake.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("20x0")]
    [InlineData("-5")]
    [InlineData("12345")]
    public void A_year_bound_that_is_not_a_year_names_the_parameter_and_the_value(string text)
    {
        var mistake = Assert.Throws<SearchRequestException>(() => SearchRequestValues.Year("from", text));

        Assert.Equal(SearchRequestMistake.NotAYear, mistake.Mistake);
        Assert.Equal("from", mistake.Field);
        Assert.Equal(text, mistake.Value);
    }

    [Fact]
    public void A_search_without_facets_has_no_year_histogram()
    {
        var result = fixture.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "科技", FacetSize = 0 });

        Assert.Empty(result.Years);
    }
}
