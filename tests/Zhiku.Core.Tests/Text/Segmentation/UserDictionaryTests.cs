using Zhiku.Text.Segmentation;

namespace Zhiku.Tests.Text.Segmentation;

public sealed class UserDictionaryTests
{
    private const string Sentence = "加强科技智库建设，推行双随机一公开监管";

    [Fact]
    public void The_main_dictionary_alone_splits_the_domain_terms()
    {
        var words = ChineseSegmenter.Default.Cut(Sentence);

        Assert.DoesNotContain("科技智库", words);
        Assert.DoesNotContain("双随机一公开", words);
    }

    [Fact]
    public void Added_words_are_cut_whole()
    {
        var dictionary = WordDictionary.Default.ToBuilder().AddWord("科技智库").AddWord("双随机一公开").Build();
        var segmenter = new ChineseSegmenter(dictionary, HmmModel.Default);

        Assert.Equal("加强/科技智库/建设/，/推行/双随机一公开/监管", string.Join('/', segmenter.Cut(Sentence)));
        Assert.DoesNotContain("科技智库", ChineseSegmenter.Default.Cut(Sentence));
    }

    [Fact]
    public void A_user_dictionary_file_adds_words_with_and_without_frequency_and_tag()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(path, ["科技智库 n", "双随机一公开 10 nz", "", "杭研"]);
            var dictionary = WordDictionary.Default.ToBuilder().AddFile(path).Build();

            Assert.Equal(10, dictionary.Frequency("双随机一公开"));
            Assert.True(dictionary.Contains("科技智库"));
            Assert.True(dictionary.Contains("杭研"));
            Assert.Equal(WordDictionary.Default.Count + 3, dictionary.Count);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_zero_frequency_deletes_a_word()
    {
        var dictionary = WordDictionary.Default.ToBuilder().AddWord("清华大学", 0).Build();
        var segmenter = new ChineseSegmenter(dictionary, HmmModel.Default);

        Assert.False(dictionary.Contains("清华大学"));
        Assert.Equal("我/来到/北京/清华/大学", string.Join('/', segmenter.Cut("我来到北京清华大学", hmm: false)));
    }

    [Fact]
    public void Suggested_frequency_is_just_above_the_split()
    {
        var dictionary = WordDictionary.Default.ToBuilder().AddWord("科技智库").Build();
        var d = WordDictionary.Default;

        var expected = (int)(d.Frequency("科技") / d.Total * (d.Frequency("智库") / d.Total) * d.Total) + 1;
        Assert.Equal(Math.Max(expected, 1), dictionary.Frequency("科技智库"));
    }
}
