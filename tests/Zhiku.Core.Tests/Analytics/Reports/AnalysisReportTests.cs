using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Analytics.Reports;
using Zhiku.Model;
using Zhiku.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Tests.Analytics.Reports;

/// <summary>The HTML and DOCX analysis reports on the scientometrics sample, in both languages, and with hostile text.</summary>
public sealed partial class AnalysisReportTests
{
    private const string Hostile = "<script>alert('zk')</script> \"quoted\" & <img src=x onerror=alert(1)>";

    private static readonly Lazy<IReadOnlyList<WorkRecord>> Works = new(() =>
        ImportKit.Read(SharedData.Path("bibliographic/wos/bibliometrixdata_scientometrics.txt"), "wos-plain").Works());

    private static readonly Lazy<AnalysisReportData> Data = new(() => ReportAnalyses.Compute(Works.Value, Parameters("en")));

    private static ReportParameters Parameters(string language) => new()
    {
        Query = "scientometrics",
        Filters = ["year:2010"],
        Scope = "data owner",
        Language = language,
        Date = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero),
    };

    [Fact]
    public void Html_summary_figures_equal_the_summary_calculator()
    {
        var summary = SummaryCalculator.Compute(Works.Value);

        var html = HtmlAnalysisReport.Build(Data.Value, Parameters("en"));

        var text = AnalysisReportText.For("en");
        var rows = Cells(html, "summary-table").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        Assert.Equal(ReportOutline.SummaryKeys.Select(k => text["m." + k]), rows.Keys);
        var cells = ReportOutline.SummaryKeys.ToDictionary(k => k, k => rows[text["m." + k]], StringComparer.Ordinal);
        Assert.Equal(summary.Documents.ToString(CultureInfo.InvariantCulture), cells["documents"]);
        Assert.Equal($"{summary.Timespan.From}:{summary.Timespan.To}", cells["timespan"]);
        Assert.Equal(summary.Sources.ToString(CultureInfo.InvariantCulture), cells["sources"]);
        Assert.Equal(summary.Authors.ToString(CultureInfo.InvariantCulture), cells["authors"]);
        Assert.Equal(summary.References.ToString(CultureInfo.InvariantCulture), cells["references"]);
        Assert.Equal(Math.Round(summary.AnnualGrowthRate!.Value, 2), double.Parse(cells["annualGrowthRate"], CultureInfo.InvariantCulture));
        Assert.Equal(Math.Round(summary.CoAuthorsPerDocument, 2), double.Parse(cells["coAuthorsPerDocument"], CultureInfo.InvariantCulture));
        Assert.Equal(summary.AnnualProduction.Values.Sum(), Cells(html, "annual-production").Sum(r => int.Parse(r[1], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Html_has_the_tables_the_four_svg_charts_and_no_script()
    {
        var html = HtmlAnalysisReport.Build(Data.Value, Parameters("en"));

        foreach (var id in new[] { "summary-table", "authors", "sources", "countries", "most-cited", "cluster-table", "burst-table", "theme-table", "fit-table", "forecast-table", "parameter-table" })
        {
            Assert.Contains($"<table id=\"{id}\">", html, StringComparison.Ordinal);
        }

        Assert.Equal(4, Regex.Count(html, "<svg "));
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(Data.Value.Network.Clustering.ClusterCount, Cells(html, "cluster-table").Count);
        Assert.Equal(Data.Value.Bursts.Bursts.Count, Cells(html, "burst-table").Count);
        Assert.Contains(Cells(html, "parameter-table"), r => r[0] == "network.seed" && r[1] == "0");
        Assert.Contains(Cells(html, "parameter-table"), r => r[0] == "Engine version" && r[1] == ReportEngine.Version);
        Assert.Contains(Cells(html, "parameter-table"), r => r[0] == "Facet filters" && r[1] == "year:2010");
    }

    [Fact]
    public void Html_escapes_hostile_titles_keywords_and_sources_in_tables_and_charts()
    {
        var works = Works.Value.Take(30).Select((w, i) => i < 3 ? Hostiled(w) : w).ToList();

        var html = HtmlAnalysisReport.Build(ReportAnalyses.Compute(works, Parameters("en") with { Query = Hostile }), Parameters("en") with { Query = Hostile });

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;alert(&#39;zk&#39;)&lt;/script&gt; &quot;quoted&quot; &amp;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_chart_is_well_formed_svg_even_with_hostile_labels()
    {
        var works = Works.Value.Take(40).Select(Hostiled).ToList();
        var html = HtmlAnalysisReport.Build(ReportAnalyses.Compute(works, Parameters("zh")), Parameters("zh"));

        var charts = Regex.Matches(html, "<svg .*?</svg>", RegexOptions.Singleline).Select(m => System.Xml.Linq.XElement.Parse(m.Value)).ToList();

        Assert.Equal(4, charts.Count);
        Assert.All(charts, svg => Assert.DoesNotContain(svg.Descendants(), e => e.Name.LocalName is "script" or "foreignObject"));
        Assert.All(charts, svg => Assert.DoesNotContain(svg.Descendants().SelectMany(e => e.Attributes()), a => a.Name.LocalName.StartsWith("on", StringComparison.Ordinal)));
        Assert.Contains(charts.SelectMany(c => c.Descendants()), e => e.Value.Contains("<script>", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Html_headings_follow_the_language()
    {
        var zh = HtmlAnalysisReport.Build(Data.Value, Parameters("zh"));
        var en = HtmlAnalysisReport.Build(Data.Value, Parameters("en"));

        Assert.Contains("<html lang=\"zh-CN\">", zh, StringComparison.Ordinal);
        Assert.Contains("<h2>一、主要信息</h2>", zh, StringComparison.Ordinal);
        Assert.Contains("<h2>八、分析参数</h2>", zh, StringComparison.Ordinal);
        Assert.Contains("<h2>1. Main information</h2>", en, StringComparison.Ordinal);
        Assert.DoesNotContain("主要信息", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_inputs_give_the_same_report()
    {
        var again = ReportAnalyses.Compute(Works.Value, Parameters("en"));

        Assert.Equal(HtmlAnalysisReport.Build(Data.Value, Parameters("en")), HtmlAnalysisReport.Build(again, Parameters("en")));
    }

    [Fact]
    public void Docx_opens_with_openxml_and_holds_every_table_of_the_outline()
    {
        using var stream = new MemoryStream();
        DocxAnalysisReport.Write(stream, Data.Value, Parameters("zh"));
        stream.Position = 0;

        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        var tables = body.Elements<W.Table>().ToList();
        var outline = ReportOutline.Build(Data.Value, Parameters("zh"), AnalysisReportText.For("zh"));
        Assert.Equal(outline.Sum(s => s.Tables.Count), tables.Count);
        var summary = tables[0].Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal(["指标", "数值"], summary[0]);
        Assert.Equal(["文献数", Data.Value.Summary.Documents.ToString(CultureInfo.InvariantCulture)], summary[1]);
        Assert.Contains("科技情报分析报告", body.InnerText, StringComparison.Ordinal);
        Assert.Contains("一、主要信息", body.InnerText, StringComparison.Ordinal);
        var problems = new DocumentFormat.OpenXml.Validation.OpenXmlValidator().Validate(document).Select(e => e.Description + " @ " + e.Path?.XPath).Distinct().ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(5)));
    }

    [Fact]
    public void Docx_in_english_has_english_headings()
    {
        using var stream = new MemoryStream();
        DocxAnalysisReport.Write(stream, Data.Value, Parameters("en"));
        stream.Position = 0;

        using var document = WordprocessingDocument.Open(stream, false);
        var text = document.MainDocumentPart!.Document.Body!.InnerText;
        Assert.Contains("1. Main information", text, StringComparison.Ordinal);
        Assert.Contains("4. Science map", text, StringComparison.Ordinal);
        Assert.DoesNotContain("科技", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_report_of_no_works_still_builds()
    {
        var data = ReportAnalyses.Compute([], Parameters("en"));

        var html = HtmlAnalysisReport.Build(data, Parameters("en"));

        Assert.Equal("0", Cells(html, "summary-table")[0][1]);
    }

    [Fact]
    public void An_unknown_language_is_refused()
    {
        Assert.Throws<ArgumentException>(() => HtmlAnalysisReport.Build(Data.Value, Parameters("fr")));
    }

    private static WorkRecord Hostiled(WorkRecord work) => new()
    {
        Titles = [new LangText("en", Hostile)],
        Authors = work.Authors,
        AuthorKeywords = [Hostile, .. work.AuthorKeywords],
        IndexKeywords = [Hostile, .. work.IndexKeywords],
        Source = Hostile,
        Year = work.Year,
        CitedByCount = 10_000,
        References = work.References,
    };

    /// <summary>The unescaped body cells of a table of the report.</summary>
    private static List<List<string>> Cells(string html, string id)
    {
        var table = Regex.Match(html, $"<table id=\"{id}\">.*?<tbody>(.*?)</tbody>", RegexOptions.Singleline).Groups[1].Value;
        return [.. RowPattern().Matches(table).Select(r => CellPattern().Matches(r.Value).Select(c => System.Net.WebUtility.HtmlDecode(c.Groups[1].Value)).ToList())];
    }

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<td>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();
}
