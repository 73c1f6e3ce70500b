using Zhiku.Analytics.Terms;
using Zhiku.Text.Segmentation;

namespace Zhiku.Tests.Analytics.Terms;

public sealed class TermExtractorTests
{
    private static readonly TermExtractor Extractor = new(ChineseSegmenter.Default);

    [Fact]
    public void Keeps_content_words_and_adjacent_pairs_without_stop_words()
    {
        var terms = Extractor.Extract(["Burst detection of the research fronts, in citation networks"]);

        Assert.Equal(["burst", "detection", "burst detection", "research", "fronts", "research fronts", "citation", "networks", "citation networks"], terms);
    }

    [Fact]
    public void Segments_chinese_text_into_words()
    {
        var terms = Extractor.Extract(["人工智能技术的发展趋势"]);

        Assert.Contains("人工智能", terms);
        Assert.DoesNotContain("人工智能技术的发展趋势", terms);
        Assert.DoesNotContain("的", terms);
        Assert.All(terms, t => Assert.True(t.Length >= 2));
    }
}
