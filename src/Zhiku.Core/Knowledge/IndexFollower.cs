using Zhiku.Search.Indexing;
using Zhiku.Storage;

namespace Zhiku.Knowledge;

/// <summary>
/// Indexes committed chunks of an import on a second thread while the store writes the next ones, so that a bulk
/// import costs about the larger of store and index time rather than their sum. It reads the store through its own
/// read-only connection; the index checkpoint is committed by the final catch-up, so a crash loses nothing.
/// </summary>
internal sealed class IndexFollower : IDisposable
{
    private readonly SearchIndex _index;
    private readonly KnowledgeStore _store;
    private readonly SemaphoreSlim _signal = new(0);
    private readonly Thread _thread;
    private long _target;
    private volatile bool _done;
    private Exception? _failure;

    public IndexFollower(SearchIndex index, KnowledgeStore store)
    {
        _index = index;
        _store = store;
        _thread = new Thread(Loop) { IsBackground = true, Name = "zhiku-index-follower" };
        _thread.Start();
    }

    /// <summary>The store has committed changes up to <paramref name="sequence"/>.</summary>
    public void Signal(long sequence)
    {
        Interlocked.Exchange(ref _target, sequence);
        _signal.Release();
    }

    /// <summary>Waits until everything signalled has been indexed; rethrows a failure of the follower.</summary>
    public void Complete()
    {
        _done = true;
        _signal.Release();
        _thread.Join();
        if (_failure is not null)
        {
            throw new InvalidOperationException($"indexing during the import failed: {_failure.Message}", _failure);
        }
    }

    private void Loop()
    {
        try
        {
            while (true)
            {
                _signal.Wait();
                var target = Interlocked.Read(ref _target);
                if (target > 0)
                {
                    _index.Apply(_store, target);
                }

                if (_done)
                {
                    return;
                }
            }
        }
        catch (Exception e)
        {
            _failure = e;
        }
    }

    public void Dispose()
    {
        if (!_done)
        {
            _done = true;
            _signal.Release();
            _thread.Join();
        }

        _signal.Dispose();
    }
}
