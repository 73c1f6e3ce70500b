namespace Zhiku.Storage.Sources;

/// <summary>
/// A harvested source as stored: what to fetch (kind and URL or folder), who owns what it brings in and at which access
/// level, its schedule, the outcome of its last run, and what lets the next run fetch only what changed.
/// </summary>
public sealed record SourceRow(
    long Id, string Kind, string Location, long OrganisationId, string Access, long IntervalSeconds, bool Enabled, string Created,
    string? LastRun, string NextRun, string? LastStatus, long New, long Updated, long Unchanged, long Failed, string? LastError,
    string? ETag, string? LastModified, string? Cursor);
