using System.Text;

namespace Zhiku.Cli.Tests;

/// <summary><c>zhiku export</c> in the formats analysts carry to Excel, CiteSpace, VOSviewer and bibliometrix.</summary>
public sealed class ExportCommandTests
{
    private static readonly string Scientometrics = CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt");
    private static readonly string Policies = CliRun.Shared("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl");

    static ExportCommandTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void A_wos_export_imports_into_a_fresh_data_directory_with_the_same_counts()
    {
        using var cli = new CliRun();
        using var fresh = new CliRun();
        cli.Json("import", Scientometrics, Policies);
        var file = Path.Combine(cli.DataDirectory, "download_zhiku.txt");

        var (exit, _, error) = cli.Run("export", "--format", "wos", "--out", file);
        var report = fresh.Json("import", file);

        Assert.True(exit == 0, error);
        Assert.Contains("exported 207 work(s)", error, StringComparison.Ordinal);
        Assert.Equal("wos-plain", report.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal(0, report.GetProperty("rejected").GetInt32());
        var (before, after) = (cli.Json("stats"), fresh.Json("stats"));
        Assert.Equal(207, after.GetProperty("works").GetInt32());
        Assert.Equal(before.GetProperty("byKind").ToString(), after.GetProperty("byKind").ToString());
        Assert.Equal(before.GetProperty("byLanguage").ToString(), after.GetProperty("byLanguage").ToString());
    }

    [Fact]
    public void An_xlsx_export_needs_a_file_and_writes_a_workbook_that_imports_again()
    {
        using var cli = new CliRun();
        using var fresh = new CliRun();
        cli.Json("import", Policies);
        var file = Path.Combine(cli.DataDirectory, "works.xlsx");

        var (toTerminal, _, refusal) = cli.Run("export", "--format", "xlsx");
        var (exit, _, error) = cli.Run("export", "--format", "xlsx", "--out", file);
        var report = fresh.Json("import", file);

        Assert.Equal(1, toTerminal);
        Assert.Contains("--out", refusal, StringComparison.Ordinal);
        Assert.True(exit == 0, error);
        Assert.Equal("PK"u8.ToArray(), File.ReadAllBytes(file)[..2]);
        Assert.Equal("table-xlsx", report.GetProperty("files")[0].GetProperty("format").GetString());
        Assert.Equal(60, report.GetProperty("imported").GetInt32());
    }

    [Theory]
    [InlineData(null, new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData("gb18030", new byte[] { 0x6B, 0x69, 0x6E })]
    public void A_csv_export_is_utf8_with_a_byte_order_mark_or_gb18030_on_request(string? encoding, byte[] start)
    {
        using var cli = new CliRun();
        cli.Json("import", Policies);
        var file = Path.Combine(cli.DataDirectory, "works.csv");

        var (exit, _, error) = encoding is null
            ? cli.Run("export", "--format", "csv", "--out", file)
            : cli.Run("export", "--format", "csv", "--out", file, "--encoding", encoding);

        Assert.True(exit == 0, error);
        var bytes = File.ReadAllBytes(file);
        Assert.Equal(start, bytes[..3]);
        var text = (encoding is null ? Encoding.UTF8 : Encoding.GetEncoding("GB18030")).GetString(bytes);
        Assert.Contains("国务院", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_encoding_exits_with_the_names_it_takes()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("export", "--format", "csv", "--out", Path.Combine(cli.DataDirectory, "x.csv"), "--encoding", "latin-1");

        Assert.Equal(1, exit);
        Assert.Contains("gb18030", error, StringComparison.Ordinal);
    }
}
