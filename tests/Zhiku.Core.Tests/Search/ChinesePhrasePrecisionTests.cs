using Zhiku.Access;
using Zhiku.Search;
using Zhiku.Text.Scripts;

namespace Zhiku.Tests.Search;

/// <summary>
/// A quoted Chinese phrase matches its characters in order with nothing between them: 十三五 is not 十三点五 (the 1955
/// and 1979 government work reports), 一带一路 is not 一带和一路, 双一流 is not 双一级流, in either script.
/// </summary>
public sealed class ChinesePhrasePrecisionTests(ChineseScriptFixture f) : IClassFixture<ChineseScriptFixture>
{
    [Theory]
    [InlineData("\"十三五\"")]
    [InlineData("\"一带一路\"")]
    [InlineData("\"一帶一路\"")]
    [InlineData("\"双一流\"")]
    [InlineData("\"雙一流\"")]
    [InlineData("十三五")]
    [InlineData("title:\"知识产权\"")]
    [InlineData("標題:\"知識產權\"")]
    public void A_chinese_phrase_finds_exactly_the_records_that_contain_it(string query)
    {
        var phrase = ScriptFolding.Default.Fold(query.Split(':')[^1].Trim('"'));
        var expected = AllWorks().Where(w => w.Text.Contains(phrase, StringComparison.Ordinal)).Select(w => w.Title).Order().ToList();
        if (query.Contains(':', StringComparison.Ordinal))
        {
            expected = [.. AllWorks().Where(w => ScriptFolding.Default.Fold(w.Title).Contains(phrase, StringComparison.Ordinal)).Select(w => w.Title).Order()];
        }

        var found = f.Search(query).Hits.Select(h => h.Title).Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, found);
    }

    [Fact]
    public void Thirteen_point_five_is_not_the_thirteenth_five_year_plan()
    {
        var titles = f.Search("\"十三五\"").Hits.Select(h => h.Title).ToList();

        Assert.DoesNotContain(titles, t => t.StartsWith("1955年", StringComparison.Ordinal) || t.StartsWith("1979年", StringComparison.Ordinal));
        Assert.DoesNotContain(titles, t => t.StartsWith("统计口径", StringComparison.Ordinal) || t.StartsWith("統計口徑", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("\"一带和一路\"", 2)]
    [InlineData("\"一帶和一路\"", 2)]
    [InlineData("\"双一级流\"", 2)]
    [InlineData("\"十三點五\"", 4)]
    public void The_spelling_with_a_character_between_finds_itself(string query, int atLeast)
    {
        Assert.True(f.Search(query).Total >= atLeast, query);
    }

    // Title, full text and abstracts of every work, folded to Simplified.
    private IEnumerable<(string Title, string Text)> AllWorks() =>
        f.Kb.Read(Caller.Owner).Search(new SearchRequest { Query = "*", Limit = 1000 }).Hits
            .Select(h => f.Kb.Read(Caller.Owner).Work(h.Id)!.Work)
            .Select(w => (w.Titles[0].Text, ScriptFolding.Default.Fold(string.Join('\n', w.Titles.Select(t => t.Text).Concat(w.Abstracts.Select(a => a.Text)).Append(w.FullText ?? string.Empty)))));
}
