namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>Helpers for partitions stored as one cluster index per node.</summary>
internal static class Partitions
{
    /// <summary>Relabels clusters (non-negative labels) 0..k-1 in order of first appearance and returns k.</summary>
    public static int Renumber(int[] clusters)
    {
        if (clusters.Length == 0)
        {
            return 0;
        }

        var map = new int[clusters.Max() + 1];
        Array.Fill(map, -1);
        var count = 0;
        for (var i = 0; i < clusters.Length; i++)
        {
            ref var label = ref map[clusters[i]];
            if (label < 0)
            {
                label = count++;
            }

            clusters[i] = label;
        }

        return count;
    }

    /// <summary>Relabels dense clusters by decreasing size (ties by first appearance), as VOSviewer numbers them.</summary>
    public static int[] OrderBySize(int[] clusters, int count)
    {
        var sizes = new int[count];
        var first = new int[count];
        Array.Fill(first, int.MaxValue);
        for (var i = 0; i < clusters.Length; i++)
        {
            sizes[clusters[i]]++;
            first[clusters[i]] = Math.Min(first[clusters[i]], i);
        }

        var order = Enumerable.Range(0, count).OrderByDescending(c => sizes[c]).ThenBy(c => first[c]).ToArray();
        var rank = new int[count];
        for (var r = 0; r < count; r++)
        {
            rank[order[r]] = r;
        }

        return [.. clusters.Select(c => rank[c])];
    }

    /// <summary>True when both assign the same nodes together (labels may differ).</summary>
    public static bool SameGrouping(int[] a, int[] b)
    {
        int[] x = [.. a], y = [.. b];
        Renumber(x);
        Renumber(y);
        return x.AsSpan().SequenceEqual(y);
    }

    /// <summary>Singletons: node i in cluster i.</summary>
    public static int[] Singletons(int count) => [.. Enumerable.Range(0, count)];
}
