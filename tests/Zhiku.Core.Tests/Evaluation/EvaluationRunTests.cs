using System.IO.Compression;
using Zhiku.Evaluation.Pipeline;

namespace Zhiku.Tests.Evaluation;

/// <summary>One evaluation run for every face: the same guards, and every file written to a stream.</summary>
public sealed class EvaluationRunTests(AsemFixture asem) : IClassFixture<AsemFixture>
{
    [Theory]
    [InlineData(-1)]
    [InlineData(EvaluationRun.MaxRuns + 1)]
    public void Runs_outside_zero_to_the_maximum_are_refused(int runs)
    {
        var error = Assert.Throws<ArgumentException>(() => EvaluationRun.Start(asem.Loaded, runs));

        Assert.Equal($"runs must be between 0 and {EvaluationRun.MaxRuns}", error.Message);
    }

    [Fact]
    public void Rank_intervals_come_only_when_runs_are_asked_for()
    {
        Assert.Null(EvaluationRun.Start(asem.Loaded).Uncertainty);

        var run = EvaluationRun.Start(asem.Loaded, 5, 3);

        Assert.Equal(5, run.Uncertainty!.Runs);
        Assert.Equal(3UL, run.Uncertainty.Seed);
    }

    [Fact]
    public void Every_file_written_to_a_stream_equals_the_file_written_to_a_folder()
    {
        var run = EvaluationRun.Start(asem.Loaded);
        var folder = Path.Combine(Path.GetTempPath(), "zhiku-eval-run-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var written = run.WriteStages(folder).Select(Path.GetFileName).ToList();

            Assert.Equal(run.Files.Where(f => f != EvaluationRun.Report), written);
            foreach (var file in written.Where(f => f != StageWriter.Workbook))
            {
                using var stream = new MemoryStream();
                Assert.True(run.Write(file!, stream));
                Assert.Equal(File.ReadAllBytes(Path.Combine(folder, file!)), stream.ToArray());
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_workbook_and_the_report_are_written_to_a_stream_without_a_folder()
    {
        var run = EvaluationRun.Start(asem.Loaded);
        using var workbook = new MemoryStream();
        using var report = new MemoryStream();

        Assert.True(run.Write(StageWriter.Workbook, workbook));
        Assert.True(run.Write(EvaluationRun.Report, report, "en"));
        Assert.False(run.Write("secrets.txt", new MemoryStream()));

        using var sheets = new ZipArchive(new MemoryStream(workbook.ToArray()));
        Assert.Contains(sheets.Entries, e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        using var docx = new ZipArchive(new MemoryStream(report.ToArray()));
        Assert.NotNull(docx.GetEntry("word/document.xml"));
    }
}
