using Zhiku.Importing.Pipeline;

namespace Zhiku.Web.Imports;

/// <summary>The state of an import job.</summary>
internal enum ImportJobState
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>One queued import: the files, who asked, its progress and finally its data-quality report.</summary>
internal sealed class ImportJob
{
    public required string Id { get; init; }

    public required IReadOnlyList<string> Files { get; init; }

    public required ImportOptions Options { get; init; }

    /// <summary>The organisation of the user who started it (null for the platform's own sample import).</summary>
    public long? OrganisationId { get; init; }

    public required string Label { get; init; }

    public DateTimeOffset Queued { get; init; } = DateTimeOffset.UtcNow;

    public ImportJobState State { get; set; } = ImportJobState.Queued;

    public ImportProgress? Progress { get; set; }

    public ImportReport? Report { get; set; }

    public string? Failure { get; set; }
}
