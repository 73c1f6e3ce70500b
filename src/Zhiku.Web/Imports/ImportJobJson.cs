using System.Text.Json;
using Zhiku.Importing.Pipeline;
using Zhiku.Model;
using Zhiku.Nodes;
using Zhiku.Storage;

namespace Zhiku.Web.Imports;

/// <summary>An import job as the API and the import page's poller see it.</summary>
internal sealed record ImportJobJson(
    string Id, string State, string Label, DateTimeOffset Queued, ImportProgressJson? Progress, ImportReportJson? Report, string? Failure)
{
    /// <summary>How progress, reports and options are kept in the store.</summary>
    public static readonly JsonSerializerOptions Stored = new(JsonSerializerDefaults.Web);

    public static ImportJobJson From(ImportJob job) =>
        new(job.Id, job.State.ToString().ToLowerInvariant(), job.Label, job.Queued, job.Progress, job.Report, job.Failure);

    /// <summary>A job of the store as the platform shows it.</summary>
    public static ImportJob From(StoredImportJob job) => new()
    {
        Id = job.Id,
        OrganisationId = job.OrganisationId,
        Label = job.Label,
        Queued = job.Queued,
        State = job.State switch
        {
            ImportJobStates.Running => ImportJobState.Running,
            ImportJobStates.Done => ImportJobState.Done,
            ImportJobStates.Failed => ImportJobState.Failed,
            _ => ImportJobState.Queued,
        },
        Node = job.Node,
        Progress = job.Progress is { } p ? JsonSerializer.Deserialize<ImportProgressJson>(p, Stored) : null,
        Report = job.Report is { } r ? JsonSerializer.Deserialize<ImportReportJson>(r, Stored) : null,
        Failure = job.Failure,
    };

    public static ImportProgressJson ProgressOf(ImportProgress p) => new(Path.GetFileName(p.File), p.FileIndex, p.FileCount, p.Records, p.BytesRead, p.BytesTotal);

    public static ImportReportJson ReportOf(ImportReport r, AccessLevel access) => new(
        r.BatchId, r.Records, r.Imported, r.Merged, r.Unchanged, r.Rejected, r.Entities, r.FailedFiles,
        [.. r.Files.Select(f => new ImportFileJson(Path.GetFileName(f.Path), f.Format, f.Records, f.Imported, f.Merged, f.Unchanged, f.Rejected, f.Entities, f.Failure,
            [.. f.Errors.Take(200).Select(e => new RejectedJson(e.Record, e.Line, e.Message))]))],
        r.MissingFields,
        [.. r.RejectionReasons.Select(p => new ReasonJson(p.Key, p.Value))],
        r.Elapsed.TotalSeconds,
        AccessLevels.Name(access));
}

internal sealed record ImportProgressJson(string File, int FileIndex, int FileCount, int Records, long BytesRead, long BytesTotal);

internal sealed record ImportReportJson(
    long BatchId, int Records, int Imported, int Merged, int Unchanged, int Rejected, int Entities, int FailedFiles,
    IReadOnlyList<ImportFileJson> Files, IReadOnlyDictionary<string, double> MissingFields, IReadOnlyList<ReasonJson> RejectionReasons,
    double Seconds, string Access);

internal sealed record ImportFileJson(
    string File, string? Format, int Records, int Imported, int Merged, int Unchanged, int Rejected, int Entities, string? Failure,
    IReadOnlyList<RejectedJson> Rejections);

internal sealed record RejectedJson(int Record, int Line, string Message);

internal sealed record ReasonJson(string Reason, int Count);
