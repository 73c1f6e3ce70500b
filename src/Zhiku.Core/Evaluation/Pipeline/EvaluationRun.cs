using System.Text;
using Zhiku.Evaluation.Report;
using Zhiku.Evaluation.Uncertainty;

namespace Zhiku.Evaluation.Pipeline;

/// <summary>
/// One evaluation run, the same for the CLI, the API, uploads and the samples: the spec's steps, its run log, the rank
/// intervals when asked for (runs &gt; 0 and the spec declares uncertainty), and the writers of every file of a run
/// (stage CSVs, evaluation.xlsx, run-log.json, report.docx), each to a stream.
/// </summary>
public sealed class EvaluationRun
{
    /// <summary>The most replications a run may ask for.</summary>
    public const int MaxRuns = 1000;

    /// <summary>The name of the Word report.</summary>
    public const string Report = "report.docx";

    private EvaluationRun(LoadedEvaluation loaded, EvaluationResult result, UncertaintyResult? uncertainty)
    {
        Loaded = loaded;
        Result = result;
        Uncertainty = uncertainty;
        Log = RunLog.Write(loaded, result);
    }

    public LoadedEvaluation Loaded { get; }

    public EvaluationResult Result { get; }

    /// <summary>Rank intervals, or null when no runs were asked for or the spec declares no uncertainty.</summary>
    public UncertaintyResult? Uncertainty { get; }

    /// <summary>The run log (run-log.json): with the inputs it regenerates the run anywhere.</summary>
    public string Log { get; }

    /// <summary>The files <see cref="Write"/> writes: one CSV per stage, the workbook, the run log and the report.</summary>
    public IReadOnlyList<string> Files =>
        [.. Result.Stages.Select(st => st.Key + ".csv"), StageWriter.Workbook, RunLog.File, Report];

    /// <summary>Runs the spec's steps; with <paramref name="runs"/> &gt; 0 also the uncertainty analysis (seeded).</summary>
    public static EvaluationRun Start(LoadedEvaluation loaded, int runs = 0, ulong seed = 1)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        Checked(runs);
        var result = loaded.Pipeline().Run(loaded.Spec.Steps);
        var uncertainty = runs > 0 && loaded.Spec.Uncertainty is not null ? UncertaintyAnalysis.Run(loaded, runs, seed) : null;
        return new EvaluationRun(loaded, result, uncertainty);
    }

    /// <summary>The replications asked for when they are between 0 and <see cref="MaxRuns"/>; else a clear error.</summary>
    public static int Checked(int runs) =>
        runs is >= 0 and <= MaxRuns ? runs : throw new ArgumentException($"runs must be between 0 and {MaxRuns}");

    /// <summary>A stored run again: its steps re-run on its inputs, with the rank intervals stored when it ran.</summary>
    public static EvaluationRun Restore(LoadedEvaluation loaded, UncertaintyResult? uncertainty)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return new EvaluationRun(loaded, loaded.Pipeline().Run(loaded.Spec.Steps), uncertainty);
    }

    /// <summary>Writes one of <see cref="Files"/>; false when there is no such file.</summary>
    /// <param name="language">The report's language (zh or en).</param>
    public bool Write(string file, Stream stream, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        if (Result.Stages.FirstOrDefault(s => string.Equals(s.Key + ".csv", file, StringComparison.Ordinal)).Value is { } stage)
        {
            stream.Write(new UTF8Encoding(false).GetBytes(StageWriter.Csv(stage)));
            return true;
        }

        switch (file)
        {
            case StageWriter.Workbook:
                StageWriter.WriteWorkbook(Result, stream);
                return true;
            case RunLog.File:
                stream.Write(new UTF8Encoding(false).GetBytes(Log));
                return true;
            case Report:
                WriteReport(stream, language);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The Word report with the rank intervals of this run.</summary>
    public void WriteReport(Stream stream, string? language) => DocxReport.Write(stream, Loaded, Result, Uncertainty, language);

    /// <summary>The stage CSVs, the workbook and the run log in a folder (the report is written by name: its language varies).</summary>
    public IReadOnlyList<string> WriteStages(string folder) => StageWriter.Write(Result, folder, Log);
}
