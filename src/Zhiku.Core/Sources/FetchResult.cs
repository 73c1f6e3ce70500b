namespace Zhiku.Sources;

/// <summary>What one conditional fetch got: nothing new (304), or a body saved to a file with its validators.</summary>
internal sealed record FetchResult(bool NotModified, string? ETag, string? LastModified, long Bytes, int Attempts);
