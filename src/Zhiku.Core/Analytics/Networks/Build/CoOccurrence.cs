using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Build;

/// <summary>
/// Builds a co-occurrence network from the items of each document (keywords for co-word, authors for co-authorship,
/// countries for collaboration, references for co-citation; documents sharing references for coupling use the
/// transposed incidence). Items repeated within a document count once.
/// </summary>
public static class CoOccurrence
{
    public static CoOccurrenceNetwork Build(IReadOnlyList<int[]> documents, int itemCount, Counting counting = Counting.Full)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var occurrences = new int[itemCount];
        var distinct = new int[documents.Count][];
        for (var d = 0; d < documents.Count; d++)
        {
            var items = documents[d].Distinct().ToArray();
            foreach (var i in items)
            {
                if ((uint)i >= (uint)itemCount)
                {
                    throw new ArgumentException($"document {d} names item {i} outside 0..{itemCount - 1}");
                }

                occurrences[i]++;
            }

            distinct[d] = items;
        }

        // Inverted index item → documents, then one dense accumulator per item row: O(Σ pairs), no sorting of pairs.
        var docStart = new int[itemCount + 1];
        foreach (var items in distinct)
        {
            foreach (var i in items)
            {
                docStart[i + 1]++;
            }
        }

        for (var i = 0; i < itemCount; i++)
        {
            docStart[i + 1] += docStart[i];
        }

        var docsOf = new int[docStart[itemCount]];
        var fill = docStart[..^1];
        for (var d = 0; d < distinct.Length; d++)
        {
            foreach (var i in distinct[d])
            {
                docsOf[fill[i]++] = d;
            }
        }

        var offsets = new int[itemCount + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        var accumulator = new double[itemCount];
        var touched = new int[itemCount];
        for (var a = 0; a < itemCount; a++)
        {
            var count = 0;
            for (var k = docStart[a]; k < docStart[a + 1]; k++)
            {
                var items = distinct[docsOf[k]];
                var w = counting == Counting.Full ? 1.0 : 1.0 / (items.Length - 1);
                foreach (var b in items)
                {
                    if (b == a)
                    {
                        continue;
                    }

                    if (accumulator[b] == 0)
                    {
                        touched[count++] = b;
                    }

                    accumulator[b] += w;
                }
            }

            Array.Sort(touched, 0, count);
            for (var t = 0; t < count; t++)
            {
                targets.Add(touched[t]);
                weights.Add(accumulator[touched[t]]);
                accumulator[touched[t]] = 0;
            }

            offsets[a + 1] = targets.Count;
        }

        var graph = new WeightedGraph(offsets, [.. targets], [.. weights], new double[itemCount]);
        return new CoOccurrenceNetwork(graph, occurrences, counting);
    }
}
