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
        var targets = new List<int>();
        var weights = new List<double>();
        for (var c = 0; c < clusterCount; c++)
        {
            var count = 0;
            for (var m = start[c]; m < start[c + 1]; m++)
            {
                var i = members[m];
                selfLoops[c] += graph.SelfLoops[i];
                nodeWeights[c] += model.NodeWeights[i];
                for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
                {
                    var d = clusters[graph.Neighbors[k]];
                    if (d == c)
                    {
                        // Each internal edge is met from both ends.
                        selfLoops[c] += graph.Weights[k] / 2;
                        continue;
                    }

                    if (accumulator[d] == 0)
                    {
                        touched[count++] = d;
                    }

                    accumulator[d] += graph.Weights[k];
                }
            }

            Array.Sort(touched, 0, count);
            for (var t = 0; t < count; t++)
            {
                targets.Add(touched[t]);
                weights.Add(accumulator[touched[t]]);
                accumulator[touched[t]] = 0;
            }

            offsets[c + 1] = targets.Count;
        }

        return (new WeightedGraph(offsets, [.. targets], [.. weights], selfLoops), model with { NodeWeights = nodeWeights });
    }
}
