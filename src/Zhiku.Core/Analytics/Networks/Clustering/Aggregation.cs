using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>Collapses each cluster into one node: edge weights between clusters summed, internal weight kept as a self-loop.</summary>
internal static class Aggregation
{
    public static (WeightedGraph Graph, QualityModel Model) Run(WeightedGraph graph, QualityModel model, int[] clusters, int clusterCount)
    {
        // Group the nodes by cluster (counting sort), then sum each cluster's row in a dense accumulator: O(E), no sorting of edges.
        var start = new int[clusterCount + 1];
        foreach (var c in clusters)
        {
            start[c + 1]++;
        }

        for (var c = 0; c < clusterCount; c++)
        {
            start[c + 1] += start[c];
        }

        var members = new int[graph.NodeCount];
        var fill = start[..^1];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            members[fill[clusters[i]]++] = i;
        }

        var selfLoops = new double[clusterCount];
        var nodeWeights = new double[clusterCount];
        var accumulator = new double[clusterCount];
        var touched = new int[clusterCount];
        var offsets = new int[clusterCount + 1];

        // Each entry of the graph gives at most one entry of the aggregate: write into buffers of that size, trim once.
        var targets = GC.AllocateUninitializedArray<int>(graph.Neighbors.Length);
        var weights = GC.AllocateUninitializedArray<double>(graph.Neighbors.Length);
        var write = 0;
        for (var c = 0; c < clusterCount; c++)
        {
            var count = 0;
            for (var m = start[c]; m < start[c + 1]; m++)
            {
                var i = members[m];
                selfLoops[c] += graph.SelfLoops[i];
                nodeWeights[c] += model.NodeWeights[i];
                var row = graph.Offsets[i];
                var neighbors = graph.Neighbors.AsSpan(row, graph.Offsets[i + 1] - row);
                var rowWeights = graph.Weights.AsSpan(row, neighbors.Length);
                for (var k = 0; k < neighbors.Length; k++)
                {
                    var d = clusters[neighbors[k]];
                    if (d == c)
                    {
                        // Each internal edge is met from both ends.
                        selfLoops[c] += rowWeights[k] / 2;
                        continue;
                    }

                    if (accumulator[d] == 0)
                    {
                        touched[count++] = d;
                    }

                    accumulator[d] += rowWeights[k];
                }
            }

            // Rows stay in first-touch order (deterministic); nothing downstream needs them sorted.
            for (var t = 0; t < count; t++)
            {
                var d = touched[t];
                targets[write] = d;
                weights[write++] = accumulator[d];
                accumulator[d] = 0;
            }

            offsets[c + 1] = write;
        }

        return (new WeightedGraph(offsets, targets[..write], weights[..write], selfLoops), model with { NodeWeights = nodeWeights });
    }
}
