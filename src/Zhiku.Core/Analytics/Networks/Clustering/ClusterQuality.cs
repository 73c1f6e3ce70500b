using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>The quality of a given partition.</summary>
public static class ClusterQuality
{
    /// <summary>Modularity Σ_c [w_c/m − γ (K_c/2m)²] (Newman &amp; Girvan 2004; γ as in Reichardt &amp; Bornholdt 2006).</summary>
    public static double Modularity(WeightedGraph graph, IReadOnlyList<int> clusters, double resolution = 1.0)
    {
        var m = graph.TotalWeight;
        if (m <= 0)
        {
            return 0;
        }

        var (inside, _) = Internal(graph, clusters);
        var strength = new double[inside.Length];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            strength[clusters[i]] += graph.Strengths[i];
        }

        var q = 0.0;
        for (var c = 0; c < inside.Length; c++)
        {
            q += inside[c] / m - resolution * (strength[c] / (2 * m)) * (strength[c] / (2 * m));
        }

        return q;
    }

    /// <summary>Constant Potts model Σ_c [w_c − γ·n_c(n_c−1)/2], as leidenalg's CPMVertexPartition reports it.</summary>
    public static double Cpm(WeightedGraph graph, IReadOnlyList<int> clusters, double resolution)
    {
        var (inside, sizes) = Internal(graph, clusters);
        var h = 0.0;
        for (var c = 0; c < inside.Length; c++)
        {
            h += inside[c] - resolution * sizes[c] * (sizes[c] - 1.0) / 2;
        }

        return h;
    }

    /// <summary>The optimised quality of a partition.</summary>
    public static double Of(WeightedGraph graph, IReadOnlyList<int> clusters, QualityFunction quality, double resolution) =>
        quality == QualityFunction.Cpm ? Cpm(graph, clusters, resolution) : Modularity(graph, clusters, resolution);

    /// <summary>Edge weight inside each cluster (each edge once, self-loops included) and cluster sizes.</summary>
    private static (double[] Inside, int[] Sizes) Internal(WeightedGraph graph, IReadOnlyList<int> clusters)
    {
        var count = 0;
        for (var i = 0; i < graph.NodeCount; i++)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(clusters[i]);
            count = Math.Max(count, clusters[i] + 1);
        }

        var inside = new double[count];
        var sizes = new int[count];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var c = clusters[i];
            sizes[c]++;
            inside[c] += graph.SelfLoops[i];
            for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
            {
                if (graph.Neighbors[k] > i && clusters[graph.Neighbors[k]] == c)
                {
                    inside[c] += graph.Weights[k];
                }
            }
        }

        return (inside, sizes);
    }
}
