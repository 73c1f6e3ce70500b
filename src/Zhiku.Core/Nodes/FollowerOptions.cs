namespace Zhiku.Nodes;

/// <summary>How a node follows the store (web: section <c>Zhiku:Follow</c>).</summary>
public sealed class FollowerOptions
{
    /// <summary>How often the store is asked for new changes when no notification came (the fallback, and SQLite's only way).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Whether to listen for the store's notifications (PostgreSQL) besides polling.</summary>
    public bool Listen { get; set; } = true;

    /// <summary>The longest wait before listening again after the notification connection was lost (doubling from 1 s).</summary>
    public TimeSpan MaxReconnectDelay { get; set; } = TimeSpan.FromSeconds(30);
}
