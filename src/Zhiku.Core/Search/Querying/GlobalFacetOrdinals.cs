using System.Runtime.CompilerServices;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace Zhiku.Search.Querying;

/// <summary>
/// One facet field across all segments of a searcher's reader: Lucene's ordinal map from each segment's ordinals to
/// global ordinals, so that counts from every segment add up in one integer array and only the top values are ever
/// turned back into strings. Built once per reader (a refresh after an import builds a new one).
/// </summary>
internal sealed class GlobalFacetOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, GlobalFacetOrdinals>> Cache = new();

    private readonly MultiDocValues.OrdinalMap _map;
    private readonly SortedSetDocValues?[] _leaves;

    private GlobalFacetOrdinals(MultiDocValues.OrdinalMap map, SortedSetDocValues?[] leaves)
    {
        _map = map;
        _leaves = leaves;
    }

    public int ValueCount => (int)_map.ValueCount;

    /// <summary>The global ordinal of a segment's ordinal.</summary>
    public int Global(int segment, int ordinal) => (int)_map.GetGlobalOrd(segment, ordinal);

    /// <summary>The value of a global ordinal.</summary>
    public string Value(int global)
    {
        var segment = _map.GetFirstSegmentNumber(global);
        var term = new BytesRef();
        _leaves[segment]!.LookupOrd(_map.GetFirstSegmentOrd(global), term);
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
