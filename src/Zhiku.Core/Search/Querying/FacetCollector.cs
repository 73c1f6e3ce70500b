using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Zhiku.Search.Querying;

/// <summary>
/// Counts facet values of the matching documents from sorted-set doc values, segment by segment: ordinals are
/// counted in arrays and turned into strings once per segment.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<string> facets) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        facets.ToDictionary(f => f, _ => new Dictionary<string, int>(StringComparer.Ordinal), StringComparer.Ordinal);

    private SortedSetDocValues?[] _values = [];
    private int[][] _segmentCounts = [];

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        Flush();
        _values = new SortedSetDocValues?[facets.Count];
        _segmentCounts = new int[facets.Count][];
        for (var i = 0; i < facets.Count; i++)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(SearchFields.Facet(facets[i]));
            _values[i] = values;
            _segmentCounts[i] = values is null ? [] : new int[values.ValueCount];
        }
    }

    public void Collect(int doc)
    {
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
            {
                continue;
            }

            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                _segmentCounts[i][ord]++;
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
        for (var i = 0; i < _values.Length; i++)
        {
            var values = _values[i];
            if (values is null)
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

                values.LookupOrd(ord, term);
                var key = term.Utf8ToString();
                counts[key] = counts.GetValueOrDefault(key) + segment[ord];
            }
        }

        _values = [];
        _segmentCounts = [];
    }
}
