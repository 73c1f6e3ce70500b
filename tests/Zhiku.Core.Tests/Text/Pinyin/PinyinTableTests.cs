using Zhiku.Model;
using Zhiku.Tests.Support;
using Zhiku.Text.Pinyin;

namespace Zhiku.Tests.Text.Pinyin;

/// <summary>The bundled Unihan pinyin table, checked against the author names of a real CNKI export.</summary>
public sealed class PinyinTableTests
{
    [Fact]
    public void Every_character_of_every_author_name_in_the_CNKI_export_has_a_reading()
    {
        var names = AuthorNames(SharedData.Path("bibliographic/cnki/citespace-converted/download_1-307.txt"));

        var unread = names.SelectMany(n => n).Where(LanguageGuess.IsCjk).Where(c => PinyinTable.Default.Reading(c) is null).Distinct().ToList();

        Assert.True(names.Count > 200, $"{names.Count} names");
        Assert.Empty(unread);
    }

    [Theory]
    [InlineData('张', "zhang")]
    [InlineData('張', "zhang")]
    [InlineData('曉', "xiao")]
    [InlineData('吕', "lü")]
    [InlineData('曾', "ceng")]
    public void A_character_reads_as_its_first_Mandarin_reading_without_tones(char c, string reading) =>
        Assert.Equal(reading, PinyinTable.Default.Reading(c));

    [Fact]
    public void The_table_holds_GB2312_and_the_traditional_forms()
    {
        Assert.True(PinyinTable.Default.Count >= 6763, $"{PinyinTable.Default.Count} characters");
    }

    [Theory]
    [InlineData("xiaoming", "xiao ming")]
    [InlineData("zhanjun", "zhan jun")]
    [InlineData("xian", "xian")]
    [InlineData("lvmin", "lv min")]
    public void Pinyin_is_cut_into_syllables(string text, string syllables) =>
        Assert.Equal(syllables, string.Join(' ', PinyinTable.Default.Syllables(text)!));

    [Theory]
    [InlineData("wolfgang")]
    [InlineData("darzen")]
    [InlineData("")]
    public void Other_words_are_not_pinyin(string text) =>
        Assert.Null(PinyinTable.Default.Syllables(text));

    [Fact]
    public void A_malformed_line_is_reported_with_file_and_line()
    {
        var path = Path.Combine(Path.GetTempPath(), "zhiku-pinyin-" + Guid.NewGuid().ToString("N")[..8] + ".txt");
        File.WriteAllText(path, "# comment\nzhang\t张\nZhāng\t章\n");
        try
        {
            var error = Assert.Throws<FormatException>(() => PinyinTable.Read(path));
            Assert.Equal($"{path}, line 3: expected a toneless pinyin reading, a tab and characters, got 'Zhāng\t章'", error.Message);
        }
        finally
        {
            File.Delete(path);
        }
    }

    // The AU field of the CiteSpace conversion: one name per line, continuation lines indented, "梁玖, ".
    private static List<string> AuthorNames(string path)
    {
        var names = new List<string>();
        var tag = "";
        foreach (var line in File.ReadLines(path))
        {
            tag = line.Length >= 2 && line[0] != ' ' ? line[..2] : tag;
            if (tag == "AU" && line.Length > 3 && line[3..].Trim().TrimEnd(',').Trim() is { Length: > 0 } name)
            {
                names.Add(name);
            }
        }

        return names;
    }
}
