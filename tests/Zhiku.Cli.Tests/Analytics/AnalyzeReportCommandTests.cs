using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Cli.Tests.Analytics;

public sealed class AnalyzeReportCommandTests
{
    [Fact]
    public void Html_report_shows_the_figures_of_analyze_summary_on_the_same_query()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));
        var file = Path.Combine(cli.DataDirectory, "report.html");

        var (exit, _, error) = cli.Run("analyze", "report", "--query", "citation", "--lang", "zh", "--topic", "co-citation", "--out", file);

        Assert.True(exit == 0, error);
        var summary = cli.Json("analyze", "summary", "--query", "citation");
        var html = File.ReadAllText(file);
        // The summary table names each measure in the report's language (no key column of codes).
        foreach (var (key, measure) in new[] { ("documents", "文献数"), ("sources", "来源数"), ("authors", "作者数"), ("references", "参考文献数"), ("authorKeywords", "作者关键词 (DE)"), ("keywordsPlus", "扩展关键词 (ID)") })
        {
            Assert.Contains($"<tr><td>{measure}</td><td>{summary.GetProperty(key).GetInt32().ToString(CultureInfo.InvariantCulture)}</td></tr>", html, StringComparison.Ordinal);
        }

        Assert.Contains("<h2>一、主要信息</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<td>citation</td>", html, StringComparison.Ordinal);
        Assert.Contains("<tr><td>trends.topic</td><td>co-citation</td></tr>", html, StringComparison.Ordinal);
        Assert.Equal(4, Regex.Count(html, "<svg "));
    }

    [Fact]
    public void Docx_report_opens_with_openxml()
    {
        using var cli = new CliRun();
        cli.Json("import", CliRun.Shared("bibliographic/wos/bibliometrixdata_scientometrics.txt"));
        var file = Path.Combine(cli.DataDirectory, "report.docx");

        var (exit, output, error) = cli.Run("analyze", "report", "--out", file);

        Assert.True(exit == 0, error);
        Assert.Contains("147 documents", output, StringComparison.Ordinal);
        using var document = WordprocessingDocument.Open(file, false);
        Assert.True(document.MainDocumentPart!.Document.Body!.Elements<W.Table>().Count() >= 10);
        Assert.Contains("1. Main information", document.MainDocumentPart.Document.Body.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_refuses_an_unknown_language()
    {
        using var cli = new CliRun();

        var (exit, _, error) = cli.Run("analyze", "report", "--lang", "fr", "--out", Path.Combine(cli.DataDirectory, "r.html"));

        Assert.Equal(1, exit);
        Assert.Contains("fr", error, StringComparison.Ordinal);
    }
}
