namespace Zhiku.Storage.Feed;

/// <summary>
/// A node's wake-up call when another node commits changes: a connection of its own that the store notifies. It may be
/// lost at any time (the server restarts, a failover): <see cref="WaitAsync"/> then throws, and the node polls until a
/// new one is open.
/// </summary>
internal abstract class ChangeSignal : IDisposable
{
    /// <summary>Waits up to <paramref name="timeout"/> for a notification; true when one came.</summary>
    /// <exception cref="Exception">The connection was lost (any exception: the caller drops the signal and polls).</exception>
    public abstract Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken);

    /// <summary>The highest change sequence number notifications announced (0 when none came).</summary>
    public abstract long Announced { get; }

    public abstract void Dispose();
}
