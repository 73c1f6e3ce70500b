using System.Security.Cryptography;
using System.Text;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Files.Text;
using Zhiku.Formats;
using Zhiku.Tests.Evaluation;
using Zhiku.Tests.Importing.OpenAlex;
using Zhiku.Tests.Support;

namespace Zhiku.Tests.Files;

/// <summary>The one CSV writer of the bottom layer: RFC 4180 quoting, the caller's line end, an optional formula guard.</summary>
public sealed class CsvWriterTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("中文，全角逗号", "中文，全角逗号")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void A_cell_is_quoted_only_when_it_holds_a_comma_a_quote_or_a_line_break(string? value, string written)
    {
        Assert.Equal(written, CsvWriter.Cell(value));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+cmd", "'+cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-1.5", "-1.5")]
    [InlineData("+3", "+3")]
    public void The_formula_guard_disarms_text_a_spreadsheet_would_run_and_leaves_numbers(string value, string written)
    {
        Assert.Equal(written, CsvWriter.Cell(value, guardFormula: true));
        Assert.Equal(value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value, CsvWriter.Cell(value));
    }

    [Fact]
    public void Rows_end_in_the_line_end_asked_for_and_read_back_with_the_csv_reader()
    {
        string?[][] rows = [["id", "title"], ["1", "a, b"], ["2", "line\nbreak"], ["3", null]];

        var crlf = CsvWriter.ToText(rows);
        var lf = CsvWriter.ToText(rows, "\n");

        Assert.Equal("id,title\r\n1,\"a, b\"\r\n2,\"line\nbreak\"\r\n3,\r\n", crlf);
        Assert.Equal("id,title\n1,\"a, b\"\n2,\"line\nbreak\"\n3,\n", lf);
        using var reader = new CsvReader(new StringReader(crlf));
        var read = new List<string[]>();
        while (reader.ReadRow() is { } row)
        {
            read.Add(row.Fields);
        }

        Assert.Equal(rows.Select(r => r.Select(c => c ?? string.Empty).ToArray()), read);
    }

    [Fact]
    public void The_stage_csvs_and_the_imeta_of_the_asem_sample_keep_their_bytes()
    {
        var stages = string.Join(" ", asem.Result.Stages.Select(s => s.Key + ":" + Sha(StageWriter.Csv(s.Value))));
        var meta = Sha(MetaWriter.Csv(asem.Loaded.Framework));

        // Pinned from the writers as they were before they shared CsvWriter.
        Assert.Equal(
            "Raw:9f1b7a0e7f781ff3 Denominated:90d38573f89fca67 Imputed:30abcf9c781f6960 Screened:30abcf9c781f6960 Treated:1dab640a77768879 "
            + "Normalised:fb0ea8fb204d39ac Aggregated:e44d08aadf054ee7",
            stages);
        Assert.Equal("2d253b3292fd4593", meta);
    }

    [Fact]
    public void The_csv_export_of_real_works_keeps_its_bytes()
    {
        var works = OpenAlexJsonImporterTests.Works()
            .Concat(ImportKit.Read(SharedData.Path("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl"), "jsonl").Works());
        using var text = new StringWriter();

        ExporterCatalog.Default.Find("csv")!.Write(works.Select((w, i) => new ExportedWork($"w{i + 1}", w)), text, CancellationToken.None);

        Assert.Equal("4142caad7370eab8", Sha(text.ToString()));
    }

    private static string Sha(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
