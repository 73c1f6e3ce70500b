using Zhiku.Text.Segmentation;

namespace Zhiku.Tests.Text.Segmentation;

public sealed class ChineseSegmenterTests
{
    private static ChineseSegmenter Segmenter => ChineseSegmenter.Default;

    [Theory]
    [InlineData("我来到北京清华大学", true, "我/来到/北京/清华大学")]
    [InlineData("他来到了网易杭研大厦", true, "他/来到/了/网易/杭研/大厦")]
    [InlineData("他来到了网易杭研大厦", false, "他/来到/了/网易/杭/研/大厦")]
    [InlineData("小明硕士毕业于中国科学院计算所", true, "小明/硕士/毕业/于/中国科学院/计算所")]
    public void Cuts_jiebas_documented_examples(string text, bool hmm, string expected)
    {
        Assert.Equal(expected, string.Join('/', Segmenter.Cut(text, hmm)));
    }

    [Fact]
    public void Search_mode_adds_dictionary_sub_words_after_the_long_word()
    {
        var words = Segmenter.CutForSearch("中华人民共和国");

        Assert.Equal("中华人民共和国/中华/华人/人民/共和/共和国", string.Join('/', words));
    }

    [Fact]
    public void Search_mode_sub_words_never_move_offsets_backwards()
    {
        var tokens = new List<WordToken>();
        Segmenter.Segment("小明硕士毕业于中国科学院计算所，后在日本京都大学深造", tokens, SegmentMode.Search);

        Assert.Contains(new WordToken(7, 2), tokens);
        Assert.Contains(new WordToken(7, 5), tokens);
        Assert.All(tokens.Zip(tokens.Skip(1)), pair => Assert.True(pair.First.Start <= pair.Second.Start));
    }

    [Fact]
    public void Latin_words_and_numbers_pass_through_with_their_offsets()
    {
        const string text = "2019年GDP增长6.1%, 比 OpenAI 的 model 快";
        var tokens = new List<WordToken>();
        Segmenter.Segment(text, tokens);

        var words = tokens.Select(t => (Word: text.Substring(t.Start, t.Length), t.Start)).ToList();
        Assert.Contains(("2019", 0), words);
        Assert.Contains(("GDP", 5), words);
        Assert.Contains(("6.1%", 10), words);
        Assert.Contains(("OpenAI", 18), words);
        Assert.Contains(("model", 27), words);
        Assert.Equal(text.Length, tokens.Sum(t => t.Length));
    }

    [Fact]
    public void Every_char_of_a_real_document_is_in_exactly_one_word()
    {
        var text = string.Join("\n", PolicySentences.All.Take(500));
        var tokens = new List<WordToken>();
        Segmenter.Segment(text, tokens);

        var next = 0;
        foreach (var token in tokens)
        {
            Assert.Equal(next, token.Start);
            next = token.End;
        }

        Assert.Equal(text.Length, next);
    }

    [Fact]
    public void Surrogate_pairs_and_other_scripts_stay_whole()
    {
        Assert.Equal(["𠀀", "Ελλάδα", "и", "Москва", "ＡＢＣ"], Segmenter.Cut("𠀀Ελλάδα и Москва ＡＢＣ"));
    }

    [Fact]
    public void Empty_text_gives_no_words()
    {
        Assert.Empty(Segmenter.Cut(string.Empty));
    }

    [Fact]
    public void Is_safe_to_share_between_threads()
    {
        var sentences = PolicySentences.All.Take(400).ToList();
        var expected = sentences.Select(s => Segmenter.Cut(s)).ToList();

        var parallel = sentences.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(s => Segmenter.Cut(s)).ToList();

        Assert.Equal(expected, parallel);
    }
}
