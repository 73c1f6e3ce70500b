namespace Zhiku.Web.Imports;

/// <summary>The state of an import job.</summary>
internal enum ImportJobState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>One import job as every node sees it in the store: who asked, its state, progress and finally its data-quality report.</summary>
internal sealed class ImportJob
{
    public required string Id { get; init; }

    /// <summary>The organisation of the user who started it (null for the platform's own sample import).</summary>
    public long? OrganisationId { get; init; }

    public required string Label { get; init; }

    public DateTimeOffset Queued { get; init; } = DateTimeOffset.UtcNow;

    public ImportJobState State { get; init; } = ImportJobState.Queued;

    /// <summary>The node that runs (or ran) the job.</summary>
    public string? Node { get; init; }

    public ImportProgressJson? Progress { get; init; }

    public ImportReportJson? Report { get; init; }

    public string? Failure { get; init; }
}
