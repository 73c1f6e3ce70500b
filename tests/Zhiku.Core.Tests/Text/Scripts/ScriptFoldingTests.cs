using Zhiku.Tests.Support;
using Zhiku.Text.Scripts;

namespace Zhiku.Tests.Text.Scripts;

public sealed class ScriptFoldingTests
{
    private static readonly ScriptFolding Folding = ScriptFolding.Default;

    [Theory]
    [InlineData("科學技術", "科学技术")]
    [InlineData("營商環境", "营商环境")]
    [InlineData("知識產權", "知识产权")]
    [InlineData("臺灣地區的政策摘要", "台湾地区的政策摘要")]
    [InlineData("研究後提出", "研究后提出")]
    [InlineData("對於創新", "对于创新")]
    [InlineData("在這裡", "在这里")]
    public void Folds_traditional_characters_to_their_simplified_defaults(string traditional, string simplified)
    {
        Assert.Equal(simplified, Folding.Fold(traditional));
    }

    [Theory]
    [InlineData("乾隆年間", "乾隆年间")]
    [InlineData("乾坤", "乾坤")]
    [InlineData("乾乾淨淨", "干干净净")]
    [InlineData("幹部", "干部")]
    [InlineData("樊於期", "樊於期")]
    [InlineData("借助於", "借助于")]
    public void Lets_phrases_decide_characters_that_are_not_one_to_one(string traditional, string simplified)
    {
        Assert.Equal(simplified, Folding.Fold(traditional));
    }

    [Theory]
    [InlineData("科学技术进步法")]
    [InlineData("Internet of things, 2019")]
    [InlineData("")]
    public void Leaves_simplified_and_latin_text_as_it_is(string text)
    {
        Assert.Same(text, Folding.Fold(text));
        Assert.False(Folding.Changes(text));
    }

    [Fact]
    public void Keeps_every_offset_so_tokens_point_into_the_text_as_written()
    {
        // The 1954 government work report is written in Traditional characters.
        var report = GovernmentWorkReports.Content("1954");

        var folded = Folding.Fold(report);

        Assert.Equal(report.Length, folded.Length);
        Assert.Contains("国民经济", folded, StringComparison.Ordinal);
        Assert.True(report.Zip(folded).Count(p => p.First != p.Second) > 1000);
    }

    [Fact]
    public void Loads_the_bundled_open_cc_data()
    {
        Assert.True(Folding.CharacterCount > 3000, $"{Folding.CharacterCount} characters");
        Assert.True(Folding.PhraseCount > 400, $"{Folding.PhraseCount} phrases");
    }

    [Fact]
    public void Names_the_file_and_line_of_a_malformed_entry()
    {
        using var directory = new TempDataDirectory();
        var characters = directory.File("characters.txt");
        var phrases = directory.File("phrases.txt");
        File.WriteAllLines(characters, ["# comment", "後\t后", "國 国"]);
        File.WriteAllLines(phrases, ["乾隆\t乾隆"]);

        var error = Assert.Throws<FormatException>(() => ScriptFoldingReader.Read(characters, phrases));

        Assert.Contains("characters.txt, line 3", error.Message, StringComparison.Ordinal);
        Assert.Contains("traditional<TAB>simplified", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_phrase_whose_two_sides_differ_in_length()
    {
        using var directory = new TempDataDirectory();
        var characters = directory.File("characters.txt");
        var phrases = directory.File("phrases.txt");
        File.WriteAllLines(characters, ["後\t后"]);
        File.WriteAllLines(phrases, ["乾隆\t乾隆", "二噁英\t二𫫇英"]);

        var error = Assert.Throws<FormatException>(() => ScriptFoldingReader.Read(characters, phrases));

        Assert.Contains("phrases.txt, line 2", error.Message, StringComparison.Ordinal);
    }
}
