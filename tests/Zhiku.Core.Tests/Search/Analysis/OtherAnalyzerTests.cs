using Zhiku.Search.Analysis;

namespace Zhiku.Tests.Search.Analysis;

public sealed class OtherAnalyzerTests
{
    [Fact]
    public void Cjk_bigrams_come_with_unigrams_and_offsets()
    {
        var tokens = AnalyzedToken.Analyze(new CjkBigramAnalyzer(), "智库建设");

        Assert.Equal(
            [
                new("智", 0, 1, 1), new("智库", 0, 2, 0), new("库", 1, 2, 1), new("库建", 1, 3, 0),
                new("建", 2, 3, 1), new("建设", 2, 4, 0), new("设", 3, 4, 1),
            ],
            tokens);
    }

    [Fact]
    public void Cjk_bigram_analysis_folds_width_and_case_of_Latin_words()
    {
        Assert.Equal("gdp/增/增长/长", AnalyzedToken.Terms(new CjkBigramAnalyzer(), "ＧＤＰ增长"));
    }

    [Fact]
    public void English_analysis_drops_stop_words_and_possessives_and_stems()
    {
        Assert.Equal(
            "council/polici/emerg/technolog",
            AnalyzedToken.Terms(new EnglishTextAnalyzer(), "The Council's policies on emerging technologies"));
    }

    [Fact]
    public void Keyword_analysis_keeps_the_whole_value_lower_cased()
    {
        Assert.Equal([new AnalyzedToken("journal article", 0, 15, 1)], AnalyzedToken.Analyze(new KeywordLowerAnalyzer(), "Journal Article"));
    }
}
