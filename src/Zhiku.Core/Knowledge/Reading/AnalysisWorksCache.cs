using System.Text;
using Zhiku.Access;

namespace Zhiku.Knowledge.Reading;

/// <summary>
/// The works of the last few analysis selections: the analysis workspace asks for the same selection once per chart
/// (about six times per visit, often at once), and loading every matching record is the expensive part. Keyed by the
/// query, the facet filters, merge, the caller's access scope, the index version and the thesaurus stamp, so an import or a thesaurus change (a new version) or a
/// caller who sees other records never gets a stale or a foreign selection. Concurrent requests for the same key wait
/// for the one load.
/// </summary>
internal sealed class AnalysisWorksCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly LinkedList<(string Key, Lazy<AnalysisWorks> Works)> _entries = new();

    private long _loads;

    /// <summary>Loads run since the knowledge base was opened (the rest were answered from the cache).</summary>
    public long Loads => Interlocked.Read(ref _loads);

    public AnalysisWorks GetOrLoad(string? query, IReadOnlyDictionary<string, string>? filters, bool merge, AccessScope scope, string version, Func<AnalysisWorks> load)
    {
        var key = Key(query, filters, merge, scope, version);
        Lazy<AnalysisWorks> entry;
        lock (_gate)
        {
            var node = _entries.First;
            while (node is not null && !string.Equals(node.Value.Key, key, StringComparison.Ordinal))
            {
                node = node.Next;
            }

            if (node is null)
            {
                node = new((key, new Lazy<AnalysisWorks>(() => { Interlocked.Increment(ref _loads); return load(); }, LazyThreadSafetyMode.ExecutionAndPublication)));
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
            entry = node.Value.Works;
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

    private static string Key(string? query, IReadOnlyDictionary<string, string>? filters, bool merge, AccessScope scope, string version)
    {
        var key = new StringBuilder().Append(version).Append('\u001f').Append(scope.Key).Append('\u001f').Append(merge).Append('\u001f')
            .Append(string.IsNullOrWhiteSpace(query) ? "*" : query.Trim());
        foreach (var (name, value) in (filters ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            key.Append('\u001f').Append(name).Append('=').Append(value);
        }

        return key.ToString();
    }
}
