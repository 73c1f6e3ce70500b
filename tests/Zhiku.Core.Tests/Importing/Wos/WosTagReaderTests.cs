using Zhiku.Formats;
using Zhiku.Formats.Wos;

namespace Zhiku.Tests.Importing.Wos;

/// <summary>Structural damage the real files lack, written to temporary files.</summary>
public sealed class WosTagReaderTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"zhiku-wos-{Guid.NewGuid():N}.txt");

    public void Dispose() => File.Delete(_path);

    private List<ImportItem> Read(string text)
    {
        File.WriteAllText(_path, text);
        return [.. new WosPlainImporter().Read(ImportSource.Open(_path), CancellationToken.None)];
    }

    [Fact]
    public void Reports_a_record_cut_off_before_ER_and_keeps_the_next_one()
    {
        var items = Read("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nTI First\nPT J\nTI Second\nER\nEF\n");

        var error = Assert.IsType<RecordError>(items[0]);
        Assert.Equal("record 1 (line 3): no ER before line 5 (PT)", error.Message);
        Assert.Equal("Second", Assert.IsType<ImportedWork>(items[1]).Work.MainTitle);
    }

    [Fact]
    public void Reports_a_truncated_last_record_a_repeated_tag_and_a_missing_title()
    {
        var items = Read("PT J\nTI A\nSO X\nTI B\nER\n\nPT J\nAU Smith, J\nER\n\nPT J\nTI Cut\n");

        Assert.Equal(
            [
                "record 1 (line 1): line 4: tag TI appears a second time (first at line 2)",
                "record 2 (line 7): missing title (TI)",
                "record 3 (line 11): the file ends before the record's ER",
            ],
            items.Cast<RecordError>().Select(e => e.Message));
    }

    [Fact]
    public void Reports_text_outside_records()
    {
        var items = Read("FN x\nVR 1.0\nsomething else\nPT J\nTI Kept\nER\nEF\n");

        Assert.Equal("record 1 (line 3): text outside a record (records start with PT)", Assert.IsType<RecordError>(items[0]).Message);
        Assert.Equal("Kept", Assert.IsType<ImportedWork>(items[1]).Work.MainTitle);
    }

    [Theory]
    [InlineData("AU Smith, J", "AU")]
    [InlineData("ER", "ER")]
    [InlineData("C1 ", "C1")]
    [InlineData("AUSmith", null)]
    [InlineData("   continued", null)]
    [InlineData("au x", null)]
    public void Recognises_tag_lines(string line, string? tag) => Assert.Equal(tag, WosTagReader.TagOf(line));
}
