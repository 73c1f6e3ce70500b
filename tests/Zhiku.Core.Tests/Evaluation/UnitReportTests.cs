using DocumentFormat.OpenXml.Packaging;
using Zhiku.Evaluation.Data;
using Zhiku.Evaluation.Explain;
using Zhiku.Evaluation.Framework;
using Zhiku.Evaluation.Pipeline;
using Zhiku.Evaluation.Report;
using Zhiku.Evaluation.Spec;
using Zhiku.Evaluation.Uncertainty;
using Zhiku.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Zhiku.Tests.Evaluation;

/// <summary>What the web's framework editor and unit reports stand on: iMeta writing, edits, spec rebasing, unit reports.</summary>
public sealed class UnitReportTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    [Fact]
    public void The_written_imeta_reads_back_as_the_same_framework()
    {
        var path = Path.Combine(Path.GetTempPath(), "zhiku-imeta-" + Guid.NewGuid().ToString("N")[..8] + ".csv");
        File.WriteAllText(path, MetaWriter.Csv(asem.Loaded.Framework));
        try
        {
            var read = MetaReader.Read(path);

            Assert.Equal(asem.Loaded.Framework.Nodes, read.Nodes);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Edits_replace_weights_and_directions_and_refuse_what_is_not_in_the_tree()
    {
        var edited = FrameworkEdit.Apply(asem.Loaded.Framework, new Dictionary<string, double> { ["Conn"] = 2 }, new Dictionary<string, int> { ["Goods"] = -1 });

        Assert.Equal(2, edited["Conn"].Weight);
        Assert.Equal(-1, edited["Goods"].Direction);
        Assert.Equal(asem.Loaded.Framework["Sust"], edited["Sust"]);
        Assert.Throws<ArgumentException>(() => FrameworkEdit.Apply(asem.Loaded.Framework, new Dictionary<string, double> { ["EurAsia_group"] = 1 }, null));
        Assert.Throws<ArgumentException>(() => FrameworkEdit.Apply(asem.Loaded.Framework, new Dictionary<string, double> { ["Conn"] = double.NaN }, null));
        Assert.Throws<ArgumentException>(() => FrameworkEdit.Apply(asem.Loaded.Framework, null, new Dictionary<string, int> { ["Goods"] = 0 }));
    }

    [Fact]
    public void A_rebased_run_log_regenerates_the_run_from_the_files_it_is_given()
    {
        var log = RunLog.Write(asem.Loaded, asem.Result);
        var folder = Path.GetDirectoryName(asem.Loaded.Spec.DataPath)!;

        var rebased = SpecText.Rebase(log, Path.GetFileName(asem.Loaded.Spec.DataPath), Path.GetFileName(asem.Loaded.Spec.MetaPath));
        var again = LoadedEvaluation.From(SpecLoader.Parse(rebased, folder));

        Assert.Equal(asem.Loaded.Spec.DataPath, again.Spec.DataPath);
        Assert.Equal(asem.Loaded.DataSha256, again.Spec.DataSha256);
        Assert.Equal(StageWriter.Csv(asem.Result.Final), StageWriter.Csv(again.Pipeline().Run(again.Spec.Steps).Final));
        Assert.Throws<ArgumentException>(() => SpecText.Rebase("[1, 2]", "d.csv", "m.csv"));
    }

    [Fact]
    public void A_unit_report_has_its_ranks_and_contributions_that_add_up_to_its_distance_from_the_mean()
    {
        var report = UnitReport.Build(asem.Loaded, asem.Result, "NLD", null);

        var index = report.Scores.Single(s => s.Code == "Index");
        Assert.Equal(UnitResult.From(asem.Result).Single(u => u.UCode == "NLD").Ranks["Index"], index.Rank);
        Assert.Equal(51, index.Count);
        // Arithmetic aggregation is linear: the components' effects sum to the unit's distance from the mean index.
        var effects = Explainer.Contributions(asem.Result, "NLD").Where(c => c.Aggregate == "Index").Sum(c => c.Effect);
        Assert.Equal(index.Score!.Value - index.Mean!.Value, effects, 1e-9);
        Assert.Equal(asem.Loaded.Framework.Indicators.Count, report.Removals.Count);
        Assert.Equal(8, report.RadarAxes.Count);
        Assert.Null(report.Interval);
        Assert.Throws<KeyNotFoundException>(() => UnitReport.Build(asem.Loaded, asem.Result, "NOSUCH", null));
    }

    [Fact]
    public void A_unit_report_takes_its_interval_from_an_uncertainty_run_and_writes_as_docx()
    {
        var uncertainty = UncertaintyAnalysis.Run(asem.Loaded, 20, 5);
        var report = UnitReport.Build(asem.Loaded, asem.Result, "NLD", uncertainty);
        using var stream = new MemoryStream();
        UnitDocxReport.Write(stream, asem.Loaded, report, "en");
        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document!.Body!;

        Assert.Equal(uncertainty.Units.Single(u => u.UCode == "NLD"), report.Interval);
        Assert.Contains("Unit report: NLD · Netherlands", body.InnerText, StringComparison.Ordinal);
        Assert.Equal(4, body.Elements<W.Table>().Count());
        Assert.Equal(report.Removals.Count + 1, body.Elements<W.Table>().Last().Elements<W.TableRow>().Count());
    }
}
