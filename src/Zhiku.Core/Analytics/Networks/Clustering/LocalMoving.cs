using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>
/// Moves single nodes to the neighbouring (or an empty) cluster that most increases the quality. Two drivers:
/// Leiden's fast local moving with a queue of nodes to revisit (Traag et al. 2019, Algorithm A.2 MoveNodesFast) and
/// Louvain's repeated sweeps over all nodes until none moves (Blondel et al. 2008).
/// </summary>
internal sealed class LocalMoving
{
    private readonly WeightedGraph graph;
    private readonly double[] nodeWeights;
    private readonly double resolution;
    private readonly int[] clusters;
    private readonly double[] clusterWeights;
    private readonly int[] clusterSizes;
    private readonly int[] emptyClusters;
    private readonly double[] edgeWeightPerCluster;
    private readonly int[] neighborClusters;
    private int emptyCount;

    /// <param name="clusters">The starting partition, labels in 0..n-1; updated in place.</param>
    public LocalMoving(WeightedGraph graph, QualityModel model, int[] clusters)
    {
        this.graph = graph;
        nodeWeights = model.NodeWeights;
        resolution = model.Resolution;
        this.clusters = clusters;
        var n = graph.NodeCount;
        clusterWeights = new double[n];
        clusterSizes = new int[n];
        for (var i = 0; i < n; i++)
        {
            clusterWeights[clusters[i]] += nodeWeights[i];
            clusterSizes[clusters[i]]++;
        }

        emptyClusters = new int[n];
        for (var c = n - 1; c >= 0; c--)
        {
            if (clusterSizes[c] == 0)
            {
                emptyClusters[emptyCount++] = c;
            }
        }

        edgeWeightPerCluster = new double[n];
        neighborClusters = new int[n];
    }

    /// <summary>Leiden's queue-based local moving; true when any node moved.</summary>
    public bool RunQueue(SeededRandom random)
    {
        var n = graph.NodeCount;
        var queue = random.Permutation(n);
        var inQueue = new bool[n];
        Array.Fill(inQueue, true);
        int head = 0, length = n;
        var changed = false;
        while (length > 0)
        {
            var v = queue[head];
            head = head + 1 == n ? 0 : head + 1;
            length--;
            inQueue[v] = false;
            var target = MoveNode(v);
            if (target < 0)
            {
                continue;
            }

            changed = true;
            for (var k = graph.Offsets[v]; k < graph.Offsets[v + 1]; k++)
            {
                var u = graph.Neighbors[k];
                if (!inQueue[u] && clusters[u] != target)
                {
                    inQueue[u] = true;
                    queue[(head + length) % n] = u;
                    length++;
                }
            }
        }

        return changed;
    }

    /// <summary>Louvain's sweeps in one random order until a sweep moves nothing; true when any node moved.</summary>
    public bool RunSweeps(SeededRandom random)
    {
        var order = random.Permutation(graph.NodeCount);
        var changed = false;
        bool moved;
        do
        {
            moved = false;
            foreach (var v in order)
            {
                moved |= MoveNode(v) >= 0;
            }

            changed |= moved;
        }
        while (moved);
        return changed;
    }

    /// <summary>Moves v to its best cluster; returns the new cluster, or −1 when v stays.</summary>
    private int MoveNode(int v)
    {
        var current = clusters[v];
        var w = nodeWeights[v];
        clusterWeights[current] -= w;
        if (--clusterSizes[current] == 0)
        {
            emptyClusters[emptyCount++] = current;
        }

        // The hot loop of the whole algorithm: spans over the row so the JIT drops the bounds checks on it.
        var start = graph.Offsets[v];
        var length = graph.Offsets[v + 1] - start;
        var neighbors = graph.Neighbors.AsSpan(start, length);
        var weights = graph.Weights.AsSpan(start, length);
        var labels = clusters;
        var perCluster = edgeWeightPerCluster;
        var found = neighborClusters;
        var count = 0;
        found[count++] = current;
        for (var k = 0; k < neighbors.Length; k++)
        {
            var c = labels[neighbors[k]];
            if (perCluster[c] == 0 && c != current)
            {
                found[count++] = c;
            }

            perCluster[c] += weights[k];
        }

        // Gain of joining c, relative to v standing alone: w(v,c) − γ'·n_v·K_c. Staying wins ties.
        var scaled = w * resolution;
        var best = current;
        var bestGain = perCluster[current] - (scaled * clusterWeights[current]);
        perCluster[current] = 0;
        for (var i = 1; i < count; i++)
        {
            var c = found[i];
            var gain = perCluster[c] - (scaled * clusterWeights[c]);
            perCluster[c] = 0;
            if (gain > bestGain)
            {
                best = c;
                bestGain = gain;
            }
        }

        if (bestGain < 0)
        {
            best = emptyClusters[emptyCount - 1];
        }

        if (clusterSizes[best] == 0)
        {
            emptyCount--;
        }

        clusterWeights[best] += w;
        clusterSizes[best]++;
        clusters[v] = best;
        return best == current ? -1 : best;
    }
}
