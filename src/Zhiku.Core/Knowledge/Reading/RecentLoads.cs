namespace Zhiku.Knowledge.Reading;

/// <summary>
/// The last few results of an expensive load, by key: the works of an analysis selection (the workspace asks for the
/// same selection once per chart, often at once) or the policy documents' tracing index (every output page asks for
/// it). The keys hold the caller's access scope and the index version (see <see cref="AnalysisKey"/>), so an import or
/// a caller who sees other records never gets a stale or a foreign result. Concurrent requests for the same key wait
/// for the one load.
/// </summary>
internal sealed class RecentLoads<T>(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(string Key, Lazy<T> Value)> _entries = new();

    private long _loads;

    /// <summary>Loads run since the knowledge base was opened (the rest were answered from the cache).</summary>
    public long Loads => Interlocked.Read(ref _loads);

    public T GetOrLoad(string key, Func<T> load)
    {
        Lazy<T> entry;
        lock (_gate)
        {
            var node = _entries.First;
            while (node is not null && !string.Equals(node.Value.Key, key, StringComparison.Ordinal))
            {
                node = node.Next;
            }

            if (node is null)
            {
                node = new((key, new Lazy<T>(() => { Interlocked.Increment(ref _loads); return load(); }, LazyThreadSafetyMode.ExecutionAndPublication)));
                while (_entries.Count >= Math.Max(1, capacity))
                {
                    _entries.RemoveLast();
                }
            }
            else
            {
                _entries.Remove(node);
            }

            _entries.AddFirst(node);
            entry = node.Value.Value;
        }

        try
        {
            return entry.Value;
        }
        catch
        {
            Forget(key);
            throw;
        }
    }

    private void Forget(string key)
    {
        lock (_gate)
        {
            for (var node = _entries.First; node is not null; node = node.Next)
            {
                if (string.Equals(node.Value.Key, key, StringComparison.Ordinal))
                {
                    _entries.Remove(node);
                    return;
                }
            }
        }
    }
}
