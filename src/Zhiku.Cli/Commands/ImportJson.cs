using Zhiku.Importing.Pipeline;

namespace Zhiku.Cli.Commands;

/// <summary>The JSON shape of <c>zhiku import --json</c>.</summary>
internal sealed record ImportJson(
    long Batch,
    int Records,
    int Imported,
    int Merged,
    int Unchanged,
    int Rejected,
    int Entities,
    double Seconds,
    IReadOnlyList<ImportJson.FileJson> Files,
    IReadOnlyDictionary<string, double> MissingFields,
    IReadOnlyDictionary<string, int> RejectionReasons,
    IReadOnlyList<string> IndexRefusals)
{
    public static ImportJson From(ImportReport report) => new(
        report.BatchId, report.Records, report.Imported, report.Merged, report.Unchanged, report.Rejected, report.Entities,
        Math.Round(report.Elapsed.TotalSeconds, 3),
        [.. report.Files.Select(f => new FileJson(f.Path, f.Format, f.Records, f.Imported, f.Merged, f.Unchanged, f.Rejected,
            f.Entities, f.Failure, f.Skipped, [.. f.Errors.Select(e => new ErrorJson(e.Record, e.Line, e.Message))]))],
        report.MissingFields,
        report.RejectionReasons.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
        report.IndexRefusals);

    internal sealed record FileJson(
        string Path, string? Format, int Records, int Imported, int Merged, int Unchanged, int Rejected, int Entities,
        string? Failure, string? Skipped, IReadOnlyList<ErrorJson> Errors);

    internal sealed record ErrorJson(int Record, int Line, string Message);
}
