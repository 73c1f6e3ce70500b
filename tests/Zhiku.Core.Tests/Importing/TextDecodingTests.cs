using System.Text;
using Zhiku.Files.Text;

namespace Zhiku.Tests.Importing;

public sealed class TextDecodingTests
{
    private const string Chinese = "国务院关于在市场监管领域全面推行部门联合监管的意见";

    [Fact]
    public void Detects_utf8_with_and_without_bom()
    {
        var plain = Encoding.UTF8.GetBytes(Chinese);
        var withBom = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(plain).ToArray();

        Assert.False(TextDecoding.Detect(plain).HadBom);
        Assert.Equal(Chinese, TextDecoding.DecodeHead(plain, TextDecoding.Detect(plain)));
        Assert.True(TextDecoding.Detect(withBom).HadBom);
        Assert.Equal(Chinese, TextDecoding.DecodeHead(withBom, TextDecoding.Detect(withBom)));
    }

    [Fact]
    public void Detects_utf16_little_endian_by_its_bom()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Chinese)).ToArray();
        var detection = TextDecoding.Detect(bytes);

        Assert.True(detection.IsUtf16);
        Assert.Equal(Chinese, TextDecoding.DecodeHead(bytes, detection));
    }

    [Fact]
    public void Falls_back_to_gb18030_for_bytes_that_are_not_utf8()
    {
        var bytes = TextDecoding.Gb18030.GetBytes(Chinese);
        var detection = TextDecoding.Detect(bytes);

        Assert.Equal("GB18030", detection.Encoding.WebName, ignoreCase: true);
        Assert.Equal(Chinese, TextDecoding.DecodeHead(bytes, detection));
    }

    [Fact]
    public void A_utf8_sequence_cut_at_the_end_of_the_head_is_still_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes(Chinese);
        Assert.True(TextDecoding.IsValidUtf8(bytes.AsSpan(0, bytes.Length - 1)));
    }

    [Fact]
    public void Csv_reader_keeps_quoted_line_breaks_and_counts_lines()
    {
        var csv = "a,b\r\n\"x\r\ny\",\"he said \"\"hi\"\"\"\n3,4";
        using var reader = new CsvReader(new StringReader(csv));
        var rows = reader.ReadAll().ToList();

        Assert.Equal(3, rows.Count);
        Assert.Equal("x\ny", rows[1].Fields[0]);
        Assert.Equal("he said \"hi\"", rows[1].Fields[1]);
        Assert.Equal(2, rows[1].Line);
        Assert.Equal(4, rows[2].Line);
    }

    [Fact]
    public void Line_reader_ends_lines_at_lf_crlf_and_bare_cr()
    {
        using var reader = new LineReader(new StringReader("one\ntwo\r\nthree\rfour"));
        var lines = new List<string>();
        while (reader.TryRead(out var line))
        {
            lines.Add(line);
        }

        Assert.Equal(["one", "two", "three", "four"], lines);
        Assert.Equal(4, reader.LineNumber);
    }
}
