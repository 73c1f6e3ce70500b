using Lucene.Net.Index;
using Lucene.Net.Search;
using Zhiku.Analytics.Bibliometrics;
using Zhiku.Thesaurus;

namespace Zhiku.Search.Querying;

/// <summary>
/// Counts facet values of the matching documents straight into global ordinals: each segment's ordinals (the cached
/// <see cref="FacetOrdinals"/>) go through the segment's global map into one pooled count array per facet, and the
/// ordinals counted are listed as they are first seen. A query's cost is then proportional to its hits, not to the
/// number of distinct values in the index (hundreds of thousands of keywords at a million records), and only the top
/// values become strings. Under an accepted thesaurus a document counts once per term in the keyword facet: of two
/// forms of one term it carries, only the first is counted, so the merged facet counts works, not values.
/// Dispose gives the count arrays back.
/// </summary>
internal sealed class FacetCollector : ICollector, IDisposable
{
    private readonly IReadOnlyList<string> _facets;
    private readonly GlobalFacetOrdinals[] _global;
    private readonly int[][] _counts;
    private readonly List<int>[] _touched;
    private readonly FacetOrdinals?[] _ordinals;
    private readonly int[][] _maps;
    private readonly KeywordCanon? _canon;
    private readonly int _keyword = -1;
    private readonly Dictionary<int, int> _terms = [];
    private readonly Dictionary<string, int> _termIds = new(StringComparer.Ordinal);
    private readonly List<int> _termsOfDoc = [];
    private bool _returned;

    public FacetCollector(IndexReader reader, IReadOnlyList<string> facets, KeywordCanon? canon = null)
    {
        if (canon is { Count: > 0 })
        {
            _canon = canon;
            _keyword = facets.ToList().IndexOf(SearchFields.Keyword);
        }

        _facets = facets;
        _global = [.. facets.Select(f => GlobalFacetOrdinals.For(reader, SearchFields.Facet(f)))];
        _counts = [.. _global.Select(g => g.RentCounts())];
        _touched = [.. facets.Select(_ => new List<int>())];
        _ordinals = new FacetOrdinals?[facets.Count];
        _maps = new int[facets.Count][];
    }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        for (var i = 0; i < _facets.Count; i++)
        {
            _ordinals[i] = FacetOrdinals.For(context.AtomicReader, SearchFields.Facet(_facets[i]));
            _maps[i] = _ordinals[i] is null ? [] : _global[i].SegmentMap(context.Ord);
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

            var counts = _counts[i];
            var map = _maps[i];
            var values = ordinals.Ordinals;
            _termsOfDoc.Clear();
            for (int k = ordinals.Starts[doc], end = ordinals.Starts[doc + 1]; k < end; k++)
            {
                var g = map[values[k]];
                if (i == _keyword && Term(i, g) is var term && term >= 0)
                {
                    if (_termsOfDoc.Contains(term))
                    {
                        continue;
                    }

                    _termsOfDoc.Add(term);
                }

                if (counts[g]++ == 0)
                {
                    _touched[i].Add(g);
                }
            }
        }
    }

    /// <summary>The top values of each facet with their counts, most frequent first (ties by value).</summary>
    public Dictionary<string, List<KeyValuePair<string, int>>> Top(int perFacet)
    {
        ObjectDisposedException.ThrowIf(_returned, this);
        var result = new Dictionary<string, List<KeyValuePair<string, int>>>(StringComparer.Ordinal);
        for (var i = 0; i < _facets.Count; i++)
        {
            var counts = _counts[i];
            result[_facets[i]] = TopOrdinals(counts, _touched[i], perFacet)
                .Select(g => new KeyValuePair<string, int>(_global[i].Value(g), counts[g]))
                .OrderByDescending(v => v.Value).ThenBy(v => v.Key, StringComparer.Ordinal)
                .ToList();
        }

        return result;
    }

    /// <summary>Every value of a facet the matching documents have, with its count, in no order.</summary>
    public List<KeyValuePair<string, int>> All(string facet)
    {
        ObjectDisposedException.ThrowIf(_returned, this);
        var i = _facets.ToList().IndexOf(facet);
        return i < 0 ? [] : [.. _touched[i].Select(g => new KeyValuePair<string, int>(_global[i].Value(g), _counts[i][g]))];
    }

    public void Dispose()
    {
        if (_returned)
        {
            return;
        }

        _returned = true;
        for (var i = 0; i < _facets.Count; i++)
        {
            _global[i].Return(_counts[i], _touched[i]);
        }
    }

    // The thesaurus term a keyword value belongs to (−1 when the thesaurus does not name it), looked up once per value.
    private int Term(int facet, int g)
    {
        if (!_terms.TryGetValue(g, out var term))
        {
            var forms = _canon!.Forms(_global[facet].Value(g));
            term = forms.Count == 0 ? -1 : TermId(BibliometrixKeys.Keyword(forms[0]));
            _terms[g] = term;
        }

        return term;
    }

    private int TermId(string key)
    {
        if (!_termIds.TryGetValue(key, out var id))
        {
            _termIds[key] = id = _termIds.Count;
        }

        return id;
    }

    // The ordinals of the n highest counts. Global ordinals follow the values' sort order, so among values tied at the
    // cut the smallest ordinals are the ones the ordering by value would keep.
    private static List<int> TopOrdinals(int[] counts, List<int> touched, int n)
    {
        if (n <= 0)
        {
            return [];
        }

        var queue = new PriorityQueue<int, int>();
        foreach (var g in touched)
        {
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
        top.AddRange(touched.Where(g => counts[g] == floor).Order().Take(n - top.Count));
        return top;
    }
}
