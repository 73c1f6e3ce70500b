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
            var s = clusters[i];
            clusterTotal[s] += nodeWeights[i];
            Row(graph, i, out var neighbors, out var weights);
            var sum = 0.0;
            for (var k = 0; k < neighbors.Length; k++)
            {
                if (clusters[neighbors[k]] == s)
                {
                    sum += weights[k];
                }
            }

            external[i] = sum;
        }

        var edgeWeightPerCluster = new double[n];
        var found = new int[n];
        var candidates = new int[n];
        var candidateWeights = new double[n];
        var cumulative = new double[n];
        foreach (var v in random.Permutation(n))
        {
            var s = clusters[v];
            var vWeight = nodeWeights[v];

            // Only well-connected singletons move: E(v, S − v) ≥ γ'·n_v·(N_S − n_v).
            if (nonSingleton[v] || external[v] < vWeight * (clusterTotal[s] - vWeight) * resolution)
            {
                continue;
            }

            var toCluster = external[v];
            refinedWeights[v] = 0;
            external[v] = 0;
            var count = 0;
            found[count++] = v;
            Row(graph, v, out var neighbors, out var weights);
            for (var k = 0; k < neighbors.Length; k++)
            {
                var u = neighbors[k];
                if (clusters[u] != s)
                {
                    continue;
                }

                var r = refined[u];
                if (edgeWeightPerCluster[r] == 0 && r != v)
                {
                    found[count++] = r;
                }

                edgeWeightPerCluster[r] += weights[k];
            }

            var best = 0;
            var bestGain = 0.0;
            var eligible = 0;
            for (var i = 0; i < count; i++)
            {
                var r = found[i];
                var weight = edgeWeightPerCluster[r];
                edgeWeightPerCluster[r] = 0;

                // Only well-connected refined clusters receive nodes: E(C, S − C) ≥ γ'·N_C·(N_S − N_C).
                if (external[r] < refinedWeights[r] * (clusterTotal[s] - refinedWeights[r]) * resolution)
                {
                    continue;
                }

                var gain = weight - (vWeight * refinedWeights[r] * resolution);
                if (gain < 0)
                {
                    continue;
                }

                if (gain > bestGain)
                {
                    best = eligible;
                    bestGain = gain;
                }

                candidates[eligible] = r;
                candidateWeights[eligible] = weight;
                cumulative[eligible++] = gain;
            }

            var chosen = Choose(cumulative, eligible, bestGain, best, randomness, random);
            var target = candidates[chosen];
            refinedWeights[target] += vWeight;

            // v's edges into S leave the chosen cluster's external weight where they reach it and add to it elsewhere.
            external[target] += toCluster - (2 * candidateWeights[chosen]);
            if (target != v)
            {
                refined[v] = target;
                nonSingleton[target] = true;
            }
        }

        return refined;
    }

    private static void Row(WeightedGraph graph, int i, out ReadOnlySpan<int> neighbors, out ReadOnlySpan<double> weights)
    {
        var start = graph.Offsets[i];
        var length = graph.Offsets[i + 1] - start;
        neighbors = graph.Neighbors.AsSpan(start, length);
        weights = graph.Weights.AsSpan(start, length);
    }

    /// <summary>Draws the index of an eligible candidate with probability ∝ exp((gain − best)/θ) (shifted to avoid overflow).</summary>
    private static int Choose(double[] gains, int eligible, double bestGain, int best, double randomness, SeededRandom random)
    {
        if (eligible <= 1 || randomness <= 0)
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
                return i;
            }
        }

        return best;
    }
}
