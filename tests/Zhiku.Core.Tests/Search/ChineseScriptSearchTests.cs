using Zhiku.Access;
using Zhiku.Search;
using Zhiku.Text.Scripts;

namespace Zhiku.Tests.Search;

/// <summary>Traditional and Simplified characters find each other everywhere a search reaches (issue 22).</summary>
public sealed class ChineseScriptSearchTests(ChineseScriptFixture f) : IClassFixture<ChineseScriptFixture>
{
    private const string TaiwanSummary = "臺灣地區優化營商環境與知識產權保護政策摘要";

    [Theory]
    [InlineData("科学技术", "科學技術")]
    [InlineData("营商环境", "營商環境")]
    [InlineData("\"知识产权\"", "\"知識產權\"")]
    [InlineData("title:营商环境", "標題:營商環境")]
    public void A_query_in_either_script_finds_the_same_records(string simplified, string traditional)
    {
        var s = f.Search(simplified);
        var t = f.Search(traditional);

        Assert.True(s.Total > 1, $"{simplified}: {s.Total}");
        Assert.Equal(s.Total, t.Total);
        Assert.Equal(s.Hits.Select(h => h.Id).Order(), t.Hits.Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData("\"优化营商环境\"")]
    [InlineData("\"知识产权保护\"")]
    [InlineData("title:台湾地区")]
    [InlineData("\"干净能源\"")]
    public void A_traditional_record_is_found_by_a_simplified_phrase_and_shown_as_written(string query)
    {
        var result = f.Search(query);

        Assert.Contains(result.Hits, h => h.Title == TaiwanSummary);
    }

    [Theory]
    [InlineData("\"優化營商環境\"", "优化营商环境与知识产权保护政策要点")]
    [InlineData("\"知識產權保護\"", "优化营商环境与知识产权保护政策要点")]
    [InlineData("\"國民經濟\"", "1979年中华人民共和国国务院政府工作报告")]
    public void A_simplified_record_is_found_by_a_traditional_phrase(string query, string title)
    {
        Assert.Contains(f.Search(query).Hits, h => h.Title == title);
    }

    [Fact]
    public void The_traditional_report_of_1954_is_found_by_simplified_words()
    {
        var result = f.Search("\"第一个五年计划\" AND 国民经济");

        Assert.Contains(result.Hits, h => h.Title.StartsWith("1954年", StringComparison.Ordinal));
    }

    [Fact]
    public void Snippets_mark_the_traditional_text_where_a_simplified_query_matches()
    {
        var hit = f.Search("\"营商环境\"").Hits.Single(h => h.Title == TaiwanSummary);

        Assert.Contains("<em>營商環境</em>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_keyword_written_in_both_scripts_is_one_facet_value()
    {
        var keywords = f.Search("知识产权保护").Facets["keyword"];

        Assert.Equal(2, keywords["知识产权"]);
        Assert.DoesNotContain("知識產權", keywords.Keys);
        Assert.Equal(2, f.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Filters = new Dictionary<string, string> { ["keyword"] = "知識產權" } }).Total);
    }

    [Theory]
    [InlineData("營商")]
    [InlineData("营商")]
    public void Suggestions_complete_a_prefix_typed_in_either_script(string prefix)
    {
        var suggestions = new Zhiku.Search.Suggesting.SearchSuggester(f.Kb.Index).Suggest(prefix, Caller.Owner);

        Assert.Contains(suggestions, s => s.Text == "營商環境");
        Assert.Contains(suggestions, s => s.Text == "营商环境");
    }

    [Theory]
    [InlineData("營商*")]
    [InlineData("营商*")]
    public void A_prefix_in_either_script_finds_the_records_of_both(string prefix)
    {
        var hits = f.Search(prefix).Hits.Select(h => h.Title).ToList();

        Assert.Contains(TaiwanSummary, hits);
        Assert.Contains("优化营商环境与知识产权保护政策要点", hits);
    }
}
