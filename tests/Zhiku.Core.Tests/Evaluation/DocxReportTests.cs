using DocumentFormat.OpenXml.Packaging;
using Zhiku.Evaluation.Report;
using Zhiku.Evaluation.Uncertainty;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Tests.Evaluation;

public sealed class DocxReportTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    private static (List<List<List<string>>> Tables, string Text) Read(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var tables = body.Elements<W.Table>().Select(t => t.Elements<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList()).ToList();
        return (tables, body.InnerText);
    }

    private byte[] Write(UncertaintyResult? uncertainty, string language)
    {
        using var stream = new MemoryStream();
        DocxReport.Write(stream, asem.Loaded, asem.Result, uncertainty, language);
        return stream.ToArray();
    }

    [Fact]
    public void An_English_report_has_the_framework_parameters_and_results_tables()
    {
        var (tables, text) = Read(Write(null, "en"));

        Assert.Equal(3, tables.Count);
        Assert.Contains("Evaluation report", text, StringComparison.Ordinal);
        Assert.Contains(asem.Loaded.DataSha256, text, StringComparison.Ordinal);
        Assert.Equal(["Level", "Code", "Name", "Parent", "Weight", "Direction"], tables[0][0]);
        Assert.Equal(["4", "Index"], tables[0][1].Take(2));
        Assert.Contains(tables[0], r => r[1] == "LPI" && r[3] == "Physical");
        Assert.Equal(["denominate", "impute", "screen", "treat", "normalise", "aggregate"], tables[1].Skip(1).Select(r => r[0]));
        Assert.Contains("winsorise", tables[1][4][1], StringComparison.Ordinal);
        Assert.Equal(["Rank", "Code", "Name", "Index", "Conn", "Sust"], tables[2][0]);
        Assert.Equal(["1", "CHE", "Switzerland", "68.38"], tables[2][1].Take(4));
        Assert.Equal(52, tables[2].Count);
    }

    [Fact]
    public void A_Chinese_report_with_declared_uncertainty_adds_rank_intervals()
    {
        var uncertainty = UncertaintyAnalysis.Run(asem.Loaded, 20, 3);

        var (tables, text) = Read(Write(uncertainty, "zh"));

        Assert.Equal(4, tables.Count);
        Assert.Contains("评估报告", text, StringComparison.Ordinal);
        Assert.Contains("排名不确定性", text, StringComparison.Ordinal);
        Assert.Equal(["评估对象", "名义排名", "中位数", "90% 区间"], tables[3][0]);
        Assert.Equal(52, tables[3].Count);
        Assert.Equal(["CHE", "1"], tables[3][1].Take(2));
        var che = uncertainty.Units.Single(u => u.UCode == "CHE");
        Assert.Equal(FormattableString.Invariant($"[{che.Q5:0.###}, {che.Q95:0.###}]"), tables[3][1][3]);
    }

    [Fact]
    public void An_unknown_language_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Write(null, "fr"));
    }
}
