using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Zhiku.Search.Querying;

/// <summary>
/// One facet field across all segments of a searcher's reader: Lucene's ordinal map from each segment's ordinals to
/// global ordinals, so that counts from every segment add up in one integer array and only the top values are ever
/// turned back into strings. Built once per reader (a refresh after an import builds a new one). It also keeps each
/// segment's ordinals translated to global ones as plain arrays, and a pool of count arrays, so that counting a
/// query's facets allocates nothing in proportion to the number of values.
/// </summary>
internal sealed class GlobalFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, GlobalFacetOrdinals>> Cache = new();

    private readonly MultiDocValues.OrdinalMap _map;
    private readonly SortedSetDocValues?[] _leaves;
    private readonly int[]?[] _segmentMaps;
    private readonly ConcurrentBag<int[]> _zeroedCounts = [];

    private GlobalFacetOrdinals(MultiDocValues.OrdinalMap map, SortedSetDocValues?[] leaves)
    {
        _map = map;
        _leaves = leaves;
        _segmentMaps = new int[leaves.Length][];
    }

    public int ValueCount => (int)_map.ValueCount;

    /// <summary>The global ordinal of a segment's ordinal.</summary>
    public int Global(int segment, int ordinal) => (int)_map.GetGlobalOrd(segment, ordinal);

    /// <summary>A segment's ordinals translated to global ordinals (index: segment ordinal).</summary>
    public int[] SegmentMap(int segment)
    {
        var map = Volatile.Read(ref _segmentMaps[segment]);
        if (map is not null)
        {
            return map;
        }

        var count = (int)(_leaves[segment]?.ValueCount ?? 0);
        map = new int[count];
        for (var ord = 0; ord < count; ord++)
        {
            map[ord] = (int)_map.GetGlobalOrd(segment, ord);
        }

        Volatile.Write(ref _segmentMaps[segment], map);
        return map;
    }

    /// <summary>A zeroed array of one count per global ordinal; give it back with <see cref="Return"/>.</summary>
    public int[] RentCounts() => _zeroedCounts.TryTake(out var counts) ? counts : new int[ValueCount];

    /// <summary>Zeroes the counts that were touched and keeps the array for the next query.</summary>
    public void Return(int[] counts, List<int> touched)
    {
        if (touched.Count > counts.Length / 8)
        {
            Array.Clear(counts);
        }
        else
        {
            foreach (var g in touched)
            {
                counts[g] = 0;
            }
        }

        _zeroedCounts.Add(counts);
    }

    /// <summary>The value of a global ordinal.</summary>
    public string Value(int global)
    {
        var segment = _map.GetFirstSegmentNumber(global);
        var term = new BytesRef();
        var leaf = _leaves[segment]!;
        // Doc values keep a read position: searches on several threads share this instance.
        lock (leaf)
        {
            leaf.LookupOrd(_map.GetFirstSegmentOrd(global), term);
        }

        return term.Utf8ToString();
    }

    public static GlobalFacetOrdinals For(IndexReader reader, string field)
    {
        var perReader = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, GlobalFacetOrdinals>(StringComparer.Ordinal));
        lock (perReader)
        {
            if (!perReader.TryGetValue(field, out var global))
            {
                var leaves = reader.Leaves.Select(l => l.AtomicReader.GetSortedSetDocValues(field)).ToArray();
                var terms = leaves.Select(v => v?.GetTermsEnum() ?? TermsEnum.EMPTY).ToArray();
                global = new GlobalFacetOrdinals(new MultiDocValues.OrdinalMap(reader.CoreCacheKey, terms), leaves);
                perReader[field] = global;
            }

            return global;
        }
    }
}
