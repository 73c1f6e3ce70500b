using Zhiku.Knowledge;
using Zhiku.Storage.Feed;

namespace Zhiku.Nodes;

/// <summary>
/// Keeps a node's search index up to date with a store that other nodes (or a CLI import beside a server) write: it
/// catches up whenever the store announces changes (PostgreSQL's LISTEN/NOTIFY) and, as the fallback when a
/// notification is lost or the connection drops, every <see cref="FollowerOptions.PollInterval"/>. A lost notification
/// connection is opened again with a doubling delay. Catch-ups run one at a time (the index's own lock), and each one
/// that indexes something makes the searches see a new index version, which drops the search and analysis caches.
/// </summary>
public sealed class StoreFollower(KnowledgeBase kb, FollowerOptions? options = null, Action<string>? log = null)
{
    private readonly FollowerOptions _options = options ?? new FollowerOptions();
    private readonly Lock _status = new();
    private bool _listening;
    private long _catchUps;
    private DateTimeOffset? _lastCatchUp;
    private string? _lastFailure;

    /// <summary>Where the follower stands now.</summary>
    public FollowerStatus Status
    {
        get
        {
            lock (_status)
            {
                return new FollowerStatus(_listening, _catchUps, _lastCatchUp, _lastFailure);
            }
        }
    }

    /// <summary>Indexes what the store committed after the index's checkpoint; returns the number of works indexed.</summary>
    public int CatchUp()
    {
        var target = kb.Store.CommittedSequence();
        var count = target > kb.Index.Checkpoint ? kb.Index.CatchUp(kb.Store, target) : 0;
        lock (_status)
        {
            _catchUps++;
            _lastCatchUp = DateTimeOffset.UtcNow;
            _lastFailure = null;
        }

        return count;
    }

    /// <summary>Follows the store until <paramref name="stoppingToken"/> is cancelled; failures are logged and retried, never thrown.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        ChangeSignal? signal = null;
        var listen = _options.Listen;
        var delay = TimeSpan.Zero;
        var listenAgainAt = DateTimeOffset.MinValue;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Run(TryCatchUp, stoppingToken).ConfigureAwait(false);
                if (signal is null && listen && DateTimeOffset.UtcNow >= listenAgainAt)
                {
                    try
                    {
                        signal = kb.Store.OpenChangeSignal();
                        listen = signal is not null;
                        delay = TimeSpan.Zero;
                        SetListening(signal is not null);
                        if (signal is not null)
                        {
                            log?.Invoke("following the store: listening for its change notifications");
                            continue;
                        }
                    }
                    catch (Exception e) when (e is not OperationCanceledException)
                    {
                        delay = Next(delay);
                        listenAgainAt = DateTimeOffset.UtcNow + delay;
                        Failed($"cannot listen for the store's notifications ({e.Message}): polling, listening again in {delay.TotalSeconds:0} s");
                    }
                }

                if (signal is null)
                {
                    await Task.Delay(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                    continue;
                }

                try
                {
                    await signal.WaitAsync(_options.PollInterval, stoppingToken).ConfigureAwait(false);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    signal.Dispose();
                    signal = null;
                    SetListening(false);
                    delay = Next(delay);
                    listenAgainAt = DateTimeOffset.UtcNow + delay;
                    Failed($"lost the store's notifications ({e.Message}): polling, listening again in {delay.TotalSeconds:0} s");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
        finally
        {
            signal?.Dispose();
            SetListening(false);
        }
    }

    private void TryCatchUp()
    {
        try
        {
            CatchUp();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // The store may be failing over: the next turn tries again.
            Failed($"catching up with the store failed: {e.Message}");
        }
    }

    private TimeSpan Next(TimeSpan delay)
    {
        var next = delay == TimeSpan.Zero ? TimeSpan.FromSeconds(1) : delay * 2;
        return next > _options.MaxReconnectDelay ? _options.MaxReconnectDelay : next;
    }

    private void SetListening(bool listening)
    {
        lock (_status)
        {
            _listening = listening;
        }
    }

    private void Failed(string message)
    {
        lock (_status)
        {
            _lastFailure = message;
        }

        log?.Invoke(message);
    }
}
