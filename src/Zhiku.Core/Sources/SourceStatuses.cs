namespace Zhiku.Sources;

/// <summary>The status of a source's last run, as stored and shown.</summary>
public static class SourceStatuses
{
    public const string Ok = "ok";

    /// <summary>The server said nothing changed (304): nothing was fetched.</summary>
    public const string NotModified = "not-modified";

    /// <summary>Some items (records, pages, files) failed; the good ones went in.</summary>
    public const string Partial = "partial";

    public const string Failed = "failed";
}
