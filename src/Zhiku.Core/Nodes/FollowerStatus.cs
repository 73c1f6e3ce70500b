namespace Zhiku.Nodes;

/// <summary>How a node follows the store now: woken by notifications or polling, its last catch-up and last failure.</summary>
public sealed record FollowerStatus(bool Listening, long CatchUps, DateTimeOffset? LastCatchUp, string? LastFailure)
{
    /// <summary>"notifications" while the store's notifications wake the node, else "polling".</summary>
    public string Mode => Listening ? "notifications" : "polling";
}
