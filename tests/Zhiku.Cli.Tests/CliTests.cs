using System.Text.Json;

namespace Zhiku.Cli.Tests;

public sealed class CliTests
{
    private static readonly string Scientometrics = CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt");
    private static readonly string BadFile = CliRun.Shared("bibliographic/wos/metaknowledge_badFile.isi");
    private static readonly string Policies = CliRun.Shared("documents/cn-policy/gov_cn_state_council_policies_2019.jsonl");

    [Fact]
    public void Import_json_reports_counts_and_each_file_with_its_errors()
    {
        using var cli = new CliRun();

        var report = cli.Json("import", Scientometrics, BadFile);

        Assert.Equal(147 + 31, report.GetProperty("imported").GetInt32() + report.GetProperty("merged").GetInt32());
        Assert.Equal(1, report.GetProperty("rejected").GetInt32());
        Assert.Equal(0, report.GetProperty("unchanged").GetInt32());
        var files = report.GetProperty("files");
        Assert.Equal(2, files.GetArrayLength());
        Assert.Equal("wos-plain", files[0].GetProperty("format").GetString());
        Assert.Equal(147, files[0].GetProperty("records").GetInt32());
        var error = files[1].GetProperty("errors")[0];
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Contains("NR", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_import_fails_with_exit_code_2_when_a_record_is_rejected()
    {
        using var cli = new CliRun();

        var (exit, _, _) = cli.Run("import", "--strict", BadFile);

        Assert.Equal(2, exit);
    }

    [Fact]
    public void Search_json_has_total_hits_and_facets()
    {
        using var cli = new CliRun();
        cli.Json("import", Policies);

        var result = cli.Json("search", "标题:监管", "--limit", "3");

        Assert.True(result.GetProperty("total").GetInt32() > 0);
        var hit = result.GetProperty("hits")[0];
        foreach (var key in (string[])["id", "kind", "title", "year", "authors", "source", "snippet"])
        {
            Assert.True(hit.TryGetProperty(key, out _), $"hit lacks {key}");
        }

        Assert.Contains("监管", hit.GetProperty("title").GetString(), StringComparison.Ordinal);
        Assert.Equal("policy-document", hit.GetProperty("kind").GetString());
        Assert.Equal(result.GetProperty("total").GetInt32(), result.GetProperty("facets").GetProperty("kind").GetProperty("policy-document").GetInt32());
    }

    [Fact]
    public void Stats_json_counts_works_by_kind_format_and_language()
    {
        using var cli = new CliRun();
        cli.Json("import", Scientometrics, Policies);

        var stats = cli.Json("stats");

        Assert.Equal(207, stats.GetProperty("works").GetInt32());
        Assert.Equal(60, stats.GetProperty("byKind").GetProperty("policy-document").GetInt32());
        Assert.Equal(147, stats.GetProperty("byFormat").GetProperty("wos-plain").GetInt32());
        Assert.Equal(60, stats.GetProperty("byLanguage").GetProperty("zh").GetInt32());
    }

    [Fact]
    public void Show_prints_a_work_with_the_provenance_of_its_fields()
    {
        using var cli = new CliRun();
        cli.Json("import", Policies);

        var work = cli.Json("show", "W1");
        var (exit, text, _) = cli.Run("show", "W1");

        Assert.Equal("国发〔2019〕5号", work.GetProperty("work").GetProperty("identifiers").GetProperty("docnum").GetString());
        Assert.Equal(Path.GetFileName(Policies), work.GetProperty("provenance").GetProperty("identifiers.docnum").GetProperty("file").GetString());
        Assert.Equal(Policies, work.GetProperty("provenance").GetProperty("identifiers.docnum").GetProperty("path").GetString());
        Assert.Equal(0, exit);
        Assert.Contains("国务院关于在市场监管领域全面推行部门联合", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_writes_a_file_that_re_imports_unchanged()
    {
        using var cli = new CliRun();
        cli.Json("import", Scientometrics);
        var file = Path.Combine(cli.DataDirectory, "out.jsonl");

        var (exit, _, error) = cli.Run("export", "--format", "jsonl", "--query", "year:[2010 TO 2020]", "--out", file);
        var again = cli.Json("import", file);

        Assert.Equal(0, exit);
        Assert.Contains("exported", error, StringComparison.Ordinal);
        Assert.True(again.GetProperty("unchanged").GetInt32() > 0);
        Assert.Equal(0, again.GetProperty("imported").GetInt32() + again.GetProperty("merged").GetInt32());
    }

    [Fact]
    public void Index_rebuild_recreates_every_document()
    {
        using var cli = new CliRun();
        cli.Json("import", Scientometrics);

        var rebuilt = cli.Json("index", "rebuild");

        Assert.Equal(147, rebuilt.GetProperty("indexed").GetInt32());
        Assert.Equal(rebuilt.GetProperty("lastChange").GetInt64(), rebuilt.GetProperty("checkpoint").GetInt64());
    }

    [Theory]
    [InlineData("search", "title:(broken")]
    [InlineData("import", "/no/such/file.txt")]
    [InlineData("export", "--format", "docx")]
    [InlineData("show", "W999999")]
    public void Failures_exit_non_zero_with_a_one_line_reason(params string[] args)
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run(args);

        Assert.NotEqual(0, exit);
        Assert.StartsWith("zhiku: ", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }
}
