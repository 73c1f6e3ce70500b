using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>
/// Leiden's refinement (Traag et al. 2019, Algorithm A.2 RefinePartition / MergeNodesSubset): starting from singletons,
/// each well-connected singleton node joins, within its own cluster, a well-connected refined cluster chosen at random
/// with probability ∝ exp(ΔH/θ) among those with ΔH ≥ 0. Refined clusters are therefore connected subsets of the
/// clusters, which is what guarantees connected clusters after aggregation.
/// </summary>
internal static class Refinement
{
    /// <summary>The refined partition (labels in 0..n-1) of a partition with dense labels 0..clusterCount-1.</summary>
    public static int[] Run(WeightedGraph graph, QualityModel model, int[] clusters, int clusterCount, double randomness, SeededRandom random)
    {
        var n = graph.NodeCount;
        var nodeWeights = model.NodeWeights;
        var resolution = model.Resolution;
        var refined = Partitions.Singletons(n);
        var refinedWeights = (double[])nodeWeights.Clone();
        var nonSingleton = new bool[n];

        // External weight of each refined cluster towards the rest of its cluster: E(C, S − C).
        var external = new double[n];
        var clusterTotal = new double[clusterCount];
        for (var i = 0; i < n; i++)
        {
            clusterTotal[clusters[i]] += nodeWeights[i];
            for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
            {
                if (clusters[graph.Neighbors[k]] == clusters[i])
                {
                    external[i] += graph.Weights[k];
                }
            }
        }

        var edgeWeightPerCluster = new double[n];
        var candidates = new int[n];
        var cumulative = new double[n];
        foreach (var v in random.Permutation(n))
        {
            var s = clusters[v];
            // Only well-connected singletons move: E(v, S − v) ≥ γ'·n_v·(N_S − n_v).
            if (nonSingleton[v] || external[v] < refinedWeights[v] * (clusterTotal[s] - refinedWeights[v]) * resolution)
            {
                continue;
            }

            refinedWeights[v] = 0;
            external[v] = 0;
            var count = 0;
            candidates[count++] = v;
            for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
            {
                var u = graph.Neighbors[k];
                if (clusters[u] != s)
                {
                    continue;
                }

                var r = refined[u];
                if (edgeWeightPerCluster[r] == 0 && r != v)
                {
                    candidates[count++] = r;
                }

                edgeWeightPerCluster[r] += graph.Weights[k];
            }

            var best = v;
            var bestGain = 0.0;
            var eligible = 0;
            for (var i = 0; i < count; i++)
            {
                var r = candidates[i];
                // Only well-connected refined clusters receive nodes: E(C, S − C) ≥ γ'·N_C·(N_S − N_C).
                if (external[r] < refinedWeights[r] * (clusterTotal[s] - refinedWeights[r]) * resolution)
                {
                    continue;
                }

                var gain = edgeWeightPerCluster[r] - (nodeWeights[v] * refinedWeights[r] * resolution);
                if (gain > bestGain)
                {
                    best = r;
                    bestGain = gain;
                }

                if (gain >= 0)
                {
                    candidates[eligible] = r;
                    cumulative[eligible++] = gain;
                }
            }

            var chosen = Choose(candidates, cumulative, eligible, bestGain, best, randomness, random);
            for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
            {
                var u = graph.Neighbors[k];
                if (clusters[u] == s)
                {
                    edgeWeightPerCluster[refined[u]] = 0;
                }
            }

            refinedWeights[chosen] += nodeWeights[v];
            for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
            {
                var u = graph.Neighbors[k];
                if (clusters[u] == s)
                {
                    external[chosen] += refined[u] == chosen ? -graph.Weights[k] : graph.Weights[k];
                }
            }

            if (chosen != v)
            {
                refined[v] = chosen;
                nonSingleton[chosen] = true;
            }
        }

        return refined;
    }

    /// <summary>Draws among the eligible candidates with probability ∝ exp((gain − best)/θ) (shifted to avoid overflow).</summary>
    private static int Choose(int[] candidates, double[] gains, int eligible, double bestGain, int best, double randomness, SeededRandom random)
    {
        if (eligible == 0 || randomness <= 0)
        {
            return best;
        }

        var total = 0.0;
        for (var i = 0; i < eligible; i++)
        {
            total += Math.Exp((gains[i] - bestGain) / randomness);
            gains[i] = total;
        }

        var draw = random.NextDouble() * total;
        for (var i = 0; i < eligible; i++)
        {
            if (draw < gains[i])
            {
                return candidates[i];
            }
        }

        return best;
    }
}
