using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Terms;
using Zhiku.Model;
using Zhiku.Text.Scripts;
using Zhiku.Text.Segmentation;

namespace Zhiku.Tests.Analytics.Scripts;

/// <summary>Every analysis keys Chinese items in Simplified characters, so both scripts make one item.</summary>
public sealed class ChineseScriptAnalyticsTests
{
    private static WorkRecord Work(string title, params string[] keywords)
    {
        var work = new WorkRecord { Titles = [new LangText("zh", title)] };
        work.AuthorKeywords.AddRange(keywords);
        return work;
    }

    [Fact]
    public void A_keyword_in_either_script_is_one_node_of_the_co_word_network()
    {
        var works = new[]
        {
            Work("臺灣營商環境", "知識產權", "營商環境"),
            Work("营商环境", "知识产权", "营商环境"),
            Work("专利", "知识产权", "专利"),
        };

        var network = BibliographicNetworks.CoOccurrence(works, NetworkField.AuthorKeywords, Counting.Full, new ItemSelection());

        Assert.Equal(["知识产权", "营商环境", "专利"], network.Labels);
        Assert.Equal(3, network.Network.Occurrences[0]);
    }

    [Theory]
    [InlineData("知識產權", "知识产权")]
    [InlineData("國務院辦公廳", "国务院办公厅")]
    public void Keywords_and_sources_are_keyed_in_simplified_characters(string traditional, string simplified)
    {
        Assert.Equal(BibliometrixKeys.Keyword(simplified), BibliometrixKeys.Keyword(traditional));
        Assert.Equal(BibliometrixKeys.Source(simplified), BibliometrixKeys.Source(traditional));
    }

    [Fact]
    public void Title_terms_of_traditional_text_are_the_simplified_words()
    {
        var terms = new TermExtractor(ChineseSegmenter.Default).Extract(["優化營商環境與知識產權保護"]);

        Assert.Contains("保护", terms);
        Assert.Contains(terms, t => t.StartsWith("营商", StringComparison.Ordinal));
        Assert.All(terms, t => Assert.Equal(ScriptFolding.Default.Fold(t), t));
    }
}
