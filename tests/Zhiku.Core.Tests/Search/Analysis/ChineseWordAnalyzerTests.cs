using Zhiku.Search.Analysis;

namespace Zhiku.Tests.Search.Analysis;

public sealed class ChineseWordAnalyzerTests
{
    private static readonly ChineseWordAnalyzer Indexing = new();
    private static readonly ChineseWordAnalyzer Query = ChineseWordAnalyzer.ForQueries();

    [Fact]
    public void Query_mode_emits_words_with_offsets_and_consecutive_positions()
    {
        var tokens = AnalyzedToken.Analyze(Query, "我来到北京清华大学。");

        Assert.Equal(
            [new("我", 0, 1, 1), new("来到", 1, 3, 1), new("北京", 3, 5, 1), new("清华大学", 5, 9, 1)],
            tokens);
    }

    [Fact]
    public void Index_mode_puts_sub_words_at_the_position_of_their_word()
    {
        var tokens = AnalyzedToken.Analyze(Indexing, "中华人民共和国成立");

        Assert.Equal(
            [
                new("中华人民共和国", 0, 7, 1), new("中华", 0, 2, 0), new("华人", 1, 3, 0), new("人民", 2, 4, 0),
                new("共和", 4, 6, 0), new("共和国", 4, 7, 0), new("成立", 7, 9, 1),
            ],
            tokens);
    }

    [Fact]
    public void Latin_words_are_lower_cased_and_stemmed_but_Chinese_is_left_alone()
    {
        Assert.Equal("研究/emerg/technolog/polici/的/影响", AnalyzedToken.Terms(Query, "研究Emerging Technologies Policies的影响"));
    }

    [Fact]
    public void Punctuation_and_whitespace_are_dropped_without_leaving_position_gaps()
    {
        var tokens = AnalyzedToken.Analyze(Query, "监管 ， “双随机” —— 公开！");

        Assert.Equal("监管/双/随机/公开", string.Join('/', tokens.Select(t => t.Term)));
        Assert.All(tokens, t => Assert.Equal(1, t.PositionIncrement));
        Assert.Equal((14, 16), (tokens[3].Start, tokens[3].End));
    }

    [Fact]
    public void Full_width_letters_and_digits_are_folded_but_keep_their_offsets()
    {
        var tokens = AnalyzedToken.Analyze(Query, "２０１９年ＧＤＰ增长");

        Assert.Contains(new AnalyzedToken("2019", 0, 4, 1), tokens);
        Assert.Contains(new AnalyzedToken("gdp", 5, 8, 1), tokens);
    }

    [Fact]
    public void Reads_a_long_value_in_full_and_reuses_the_tokenizer()
    {
        var text = string.Concat(Enumerable.Repeat("科技智库建设，", 3000));

        var first = AnalyzedToken.Analyze(Query, text);
        var second = AnalyzedToken.Analyze(Query, "智库");

        Assert.Equal(9000, first.Count);
        Assert.Equal((text.Length - 3, text.Length - 1), (first[^1].Start, first[^1].End));
        Assert.Equal([new AnalyzedToken("智库", 0, 2, 1)], second);
    }
}
