using Zhiku.Importing.Pipeline;

namespace Zhiku.Cli.Remote;

/// <summary>An import job as <c>/api/v1/imports/{id}</c> answers it.</summary>
internal sealed record RemoteImportJob(string Id, string State, RemoteImportProgress? Progress, RemoteImportReport? Report, string? Failure)
{
    public bool Finished => State is "done" or "failed";
}

internal sealed record RemoteImportProgress(string File, int FileIndex, int FileCount, int Records, long BytesRead, long BytesTotal);

internal sealed record RemoteImportReport(long BatchId, IReadOnlyList<RemoteImportFile> Files, IReadOnlyDictionary<string, double>? MissingFields, double Seconds)
{
    /// <summary>The report as the core's type, so that the CLI prints it exactly as after a local import.</summary>
    public ImportReport ToReport()
    {
        var report = new ImportReport
        {
            BatchId = BatchId,
            Elapsed = TimeSpan.FromSeconds(Seconds),
            MissingFields = new SortedDictionary<string, double>(MissingFields?.ToDictionary() ?? [], StringComparer.Ordinal),
        };
        foreach (var f in Files)
        {
            var file = new FileReport
            {
                Path = f.File,
                Format = f.Format,
                Records = f.Records,
                Imported = f.Imported,
                Merged = f.Merged,
                Unchanged = f.Unchanged,
                Entities = f.Entities,
                Failure = f.Failure,
            };
            file.Errors.AddRange((f.Rejections ?? []).Select(r => new RejectedRecord(r.Record, r.Line, r.Message)));
            report.Files.Add(file);
        }

        return report;
    }
}

internal sealed record RemoteImportFile(
    string File, string? Format, int Records, int Imported, int Merged, int Unchanged, int Entities, string? Failure, IReadOnlyList<RemoteRejection>? Rejections);

internal sealed record RemoteRejection(int Record, int Line, string Message);
