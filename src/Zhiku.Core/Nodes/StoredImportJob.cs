namespace Zhiku.Nodes;

/// <summary>The states of an import job in the store.</summary>
public static class ImportJobStates
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Done = "done";
    public const string Failed = "failed";
}

/// <summary>
/// An import job as the store keeps it: who asked, its state, the node that runs it and its last heartbeat, and (as
/// JSON the caller chose) its options, progress and report.
/// </summary>
public sealed record StoredImportJob(
    string Id,
    string State,
    string Label,
    long? OrganisationId,
    string Options,
    DateTimeOffset Queued,
    string? Node,
    DateTimeOffset? Heartbeat,
    int Attempts,
    string? Progress,
    string? Report,
    string? Failure);

/// <summary>A file uploaded for import, kept in the store until its job ends.</summary>
public sealed record ImportUpload(string Name, byte[] Bytes);
