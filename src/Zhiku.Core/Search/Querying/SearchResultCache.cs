using System.Globalization;
using System.Text;
using Lucene.Net.Index;
using Zhiku.Access;

namespace Zhiku.Search.Querying;

/// <summary>
/// The results of recent searches, least recently used out first, as search servers keep them (Solr's query result
/// cache, Elasticsearch's request cache): paging back, following a facet and then removing it, or a dashboard many
/// people open repeat the same search, and at a million records a search with facets costs tens of milliseconds.
/// An entry is valid only for the index reader it was computed on: when an import refreshes the reader, every entry is
/// dropped. Entries are keyed by everything that shapes the result, the caller's access included, so a caller never
/// gets a result computed for somebody who sees more.
/// </summary>
internal sealed class SearchResultCache(int capacity)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, SearchResult Result)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Key, SearchResult Result)> _recency = new();
    private IndexReader? _reader;
    private long _readerVersion = -1;

    /// <summary>The most entries kept; 0 turns the cache off.</summary>
    public int Capacity { get; set; } = capacity;

    public long Hits { get; private set; }

    public long Misses { get; private set; }

    public bool TryGet(IndexReader reader, SearchRequest request, Caller caller, string thesaurus, out SearchResult result, out string key)
    {
        // The thesaurus changes what a query finds and how the keyword facet counts: its stamp is part of the key.
        key = thesaurus + '\u001d' + Key(request, caller);
        result = null!;
        if (Capacity <= 0)
        {
            return false;
        }

        lock (_gate)
        {
            if (!ReferenceEquals(reader, _reader) || !_entries.TryGetValue(key, out var node))
            {
                Misses++;
                return false;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            Hits++;
            result = node.Value.Result;
            return true;
        }
    }

    public void Put(IndexReader reader, string key, SearchResult result)
    {
        if (Capacity <= 0)
        {
            return;
        }

        lock (_gate)
        {
            if (!ReferenceEquals(reader, _reader))
            {
                // Called with the reader still acquired, so its version can be read; the cached one may be closed.
                var version = reader is DirectoryReader directory ? directory.Version : -1;
                if (version < _readerVersion)
                {
                    return; // computed on a reader older than the one cached: keep the newer entries
                }

                _entries.Clear();
                _recency.Clear();
                _reader = reader;
                _readerVersion = version;
            }

            if (_entries.TryGetValue(key, out var existing))
            {
                _recency.Remove(existing);
            }

            _entries[key] = _recency.AddFirst((key, result));
            while (_entries.Count > Capacity && _recency.Last is { } last)
            {
                _entries.Remove(last.Value.Key);
                _recency.RemoveLast();
            }
        }
    }

    private static string Key(SearchRequest request, Caller caller)
    {
        var key = new StringBuilder()
            .Append(AccessFilter.Key(caller)).Append('\u001f')
            .Append(request.Query).Append('\u001f')
            .Append(request.Sort).Append('\u001f')
            .Append(request.Offset.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(request.Limit.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(request.FacetSize.ToString(CultureInfo.InvariantCulture)).Append('\u001f')
            .Append(request.IncludeSnippets ? '1' : '0').Append('\u001f')
            .Append(request.YearFrom?.ToString(CultureInfo.InvariantCulture)).Append('-')
            .Append(request.YearTo?.ToString(CultureInfo.InvariantCulture));
        foreach (var (facet, value) in request.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            key.Append('\u001f').Append(facet).Append('\u001e').Append(value);
        }

        return key.ToString();
    }
}
