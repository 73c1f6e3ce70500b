using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Zhiku.Search.Querying;

/// <summary>
/// Counts facet values of the matching documents: per segment into arrays of segment ordinals (read from the cached
/// <see cref="FacetOrdinals"/>), folded into one array of global ordinals per facet at the end of each segment; only
/// the top values become strings.
/// </summary>
internal sealed class FacetCollector(IndexReader reader, IReadOnlyList<string> facets) : ICollector
{
    private readonly GlobalFacetOrdinals[] _global = [.. facets.Select(f => GlobalFacetOrdinals.For(reader, SearchFields.Facet(f)))];
    private int[][]? _globalCounts;
    private FacetOrdinals?[] _ordinals = [];
    private int[][] _segmentCounts = [];
    private int _segment;

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _globalCounts ??= [.. _global.Select(g => new int[g.ValueCount])];
        _segment = context.Ord;
        _ordinals = new FacetOrdinals?[facets.Count];
        _segmentCounts = new int[facets.Count][];
        for (var i = 0; i < facets.Count; i++)
        {
            var ordinals = FacetOrdinals.For(context.AtomicReader, SearchFields.Facet(facets[i]));
            _ordinals[i] = ordinals;
            _segmentCounts[i] = ordinals is null ? [] : new int[ordinals.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _ordinals.Length; i++)
        {
            var ordinals = _ordinals[i];
            if (ordinals is null)
            {
                continue;
            }

            var counts = _segmentCounts[i];
            var values = ordinals.Ordinals;
            for (int k = ordinals.Starts[doc], end = ordinals.Starts[doc + 1]; k < end; k++)
            {
                counts[values[k]]++;
            }
        }
    }

    /// <summary>The top values of each facet with their counts, most frequent first (ties by value).</summary>
    public Dictionary<string, List<KeyValuePair<string, int>>> Top(int perFacet)
    {
        Flush();
        var result = new Dictionary<string, List<KeyValuePair<string, int>>>(StringComparer.Ordinal);
        for (var i = 0; i < facets.Count; i++)
        {
            var counts = _globalCounts?[i] ?? [];
            result[facets[i]] = TopOrdinals(counts, perFacet)
                .Select(g => new KeyValuePair<string, int>(_global[i].Value(g), counts[g]))
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .ToList();
        }

        return result;
    }

    // The ordinals of the n highest counts. Global ordinals follow the values' sort order, so among values tied at the
    // cut the smallest ordinals are the ones the ordering by value would keep.
    private static List<int> TopOrdinals(int[] counts, int n)
    {
        if (n <= 0)
        {
            return [];
        }

        var queue = new PriorityQueue<int, int>();
        for (var g = 0; g < counts.Length; g++)
        {
            if (counts[g] == 0)
            {
                continue;
            }

            if (queue.Count < n)
            {
                queue.Enqueue(g, counts[g]);
            }
            else if (counts[g] > counts[queue.Peek()])
            {
                queue.DequeueEnqueue(g, counts[g]);
            }
        }

        if (queue.Count < n)
        {
            return [.. queue.UnorderedItems.Select(i => i.Element)];
        }

        var floor = counts[queue.Peek()];
        var top = new List<int>(n);
        top.AddRange(queue.UnorderedItems.Select(i => i.Element).Where(g => counts[g] > floor));
        for (var g = 0; g < counts.Length && top.Count < n; g++)
        {
            if (counts[g] == floor)
            {
                top.Add(g);
            }
        }

        return top;
    }

    private void Flush()
    {
        if (_globalCounts is null)
        {
            return;
        }

        for (var i = 0; i < _ordinals.Length; i++)
        {
            var segment = _segmentCounts[i];
            var global = _globalCounts[i];
            for (var ord = 0; ord < segment.Length; ord++)
            {
                if (segment[ord] != 0)
                {
                    global[_global[i].Global(_segment, ord)] += segment[ord];
                }
            }
        }

        _ordinals = [];
        _segmentCounts = [];
    }
}
