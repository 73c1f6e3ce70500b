namespace Zhiku.Storage.Sources;

/// <summary>One run of a source as logged: when, its status, how much it fetched and what happened to the records.</summary>
public sealed record SourceRunRow(
    long Id, long SourceId, string Started, string Finished, string Status, long Fetched, long New, long Updated, long Unchanged, long Failed,
    string? Errors);
