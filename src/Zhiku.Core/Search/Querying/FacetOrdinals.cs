using System.Runtime.CompilerServices;
using Lucene.Net.Index;

namespace Zhiku.Search.Querying;

/// <summary>
/// The facet ordinals of one index segment as plain arrays (document → ordinals in CSR form), built once per segment
/// and cached for the segment's life. Counting facets then costs an array read per value instead of a virtual call per
/// document into the doc-values API, which is what keeps facet counts cheap on queries with hundreds of thousands of
/// hits. Segments are immutable, so the arrays never go stale; deleted documents are never collected.
/// </summary>
internal sealed class FacetOrdinals
{
    private static readonly ConditionalWeakTable<object, Dictionary<string, FacetOrdinals?>> Cache = new();

    private FacetOrdinals(SortedSetDocValues values, int[] starts, int[] ordinals)
    {
        Values = values;
        Starts = starts;
        Ordinals = ordinals;
    }

    /// <summary>The doc values, for turning ordinals back into strings.</summary>
    public SortedSetDocValues Values { get; }

    /// <summary>Document d's ordinals are Ordinals[Starts[d] .. Starts[d + 1]).</summary>
    public int[] Starts { get; }

    public int[] Ordinals { get; }

    public int ValueCount => (int)Values.ValueCount;

    /// <summary>The ordinals of a facet field in a segment, or null when no document of the segment has the field.</summary>
    public static FacetOrdinals? For(AtomicReader reader, string field)
    {
        var perSegment = Cache.GetValue(reader.CoreCacheKey, _ => new Dictionary<string, FacetOrdinals?>(StringComparer.Ordinal));
        lock (perSegment)
        {
            if (!perSegment.TryGetValue(field, out var ordinals))
            {
                ordinals = Build(reader, field);
                perSegment[field] = ordinals;
            }

            return ordinals;
        }
    }

    private static FacetOrdinals? Build(AtomicReader reader, string field)
    {
        var values = reader.GetSortedSetDocValues(field);
        if (values is null)
        {
            return null;
        }

        var docs = reader.MaxDoc;
        var starts = new int[docs + 1];
        var ordinals = new List<int>(docs);
        for (var doc = 0; doc < docs; doc++)
        {
            starts[doc] = ordinals.Count;
            values.SetDocument(doc);
            long ord;
            while ((ord = values.NextOrd()) != SortedSetDocValues.NO_MORE_ORDS)
            {
                ordinals.Add((int)ord);
            }
        }

        starts[docs] = ordinals.Count;
        return new FacetOrdinals(reader.GetSortedSetDocValues(field), starts, [.. ordinals]);
    }
}
