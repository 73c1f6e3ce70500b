using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Zhiku.Search.Querying;

/// <summary>
/// Counts facet values of the matching documents, segment by segment: ordinals are counted in arrays (from the cached
/// <see cref="FacetOrdinals"/>) and turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private FacetOrdinals?[] _ordinals = [];
    private int[][] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
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
        return _counts.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal).Take(perFacet).ToList(),
            StringComparer.Ordinal);
    }

    private void Flush()
    {
        var term = new BytesRef();
        for (var i = 0; i < _ordinals.Length; i++)
        {
            var ordinals = _ordinals[i];
            if (ordinals is null)
            {
                continue;
            }

            var counts = _counts[facets[i]];
            var segment = _segmentCounts[i];
            for (var ord = 0; ord < segment.Length; ord++)
            {
                if (segment[ord] == 0)
                {
                    continue;
                }

                ordinals.Values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                counts[key] = counts.GetValueOrDefault(key) + segment[ord];
            }
        }

        _ordinals = [];
        _segmentCounts = [];
    }
}
