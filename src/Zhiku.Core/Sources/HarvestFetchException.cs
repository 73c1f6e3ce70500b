namespace Zhiku.Sources;

/// <summary>A fetch that failed, with whether trying again may help (timeouts, 5xx, truncated or unreadable bodies).</summary>
internal sealed class HarvestFetchException(string message, bool retriable) : Exception(message)
{
    public bool Retriable { get; } = retriable;
}
