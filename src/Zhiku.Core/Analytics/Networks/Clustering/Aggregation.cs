using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>Collapses each cluster into one node: edge weights between clusters summed, internal weight kept as a self-loop.</summary>
internal static class Aggregation
{
    public static (WeightedGraph Graph, QualityModel Model) Run(WeightedGraph graph, QualityModel model, int[] clusters, int clusterCount)
    {
        var selfLoops = new double[clusterCount];
        var weights = new double[clusterCount];
        var counts = new int[clusterCount + 1];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var c = clusters[i];
            selfLoops[c] += graph.SelfLoops[i];
            weights[c] += model.NodeWeights[i];
            for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
            {
                if (clusters[graph.Neighbors[k]] != c)
                {
                    counts[c + 1]++;
                }
                else
                {
                    // Each internal edge is met from both ends.
                    selfLoops[c] += graph.Weights[k] / 2;
                }
            }
        }

        for (var c = 0; c < clusterCount; c++)
        {
            counts[c + 1] += counts[c];
        }

        var fill = counts[..^1];
        var targets = new int[counts[clusterCount]];
        var edgeWeights = new double[counts[clusterCount]];
        for (var i = 0; i < graph.NodeCount; i++)
        {
            var c = clusters[i];
            for (var k = graph.Offsets[i]; k < graph.Offsets[i + 1]; k++)
            {
                var d = clusters[graph.Neighbors[k]];
                if (d != c)
                {
                    targets[fill[c]] = d;
                    edgeWeights[fill[c]++] = graph.Weights[k];
                }
            }
        }

        return (WeightedGraph.Compact(counts, targets, edgeWeights, selfLoops), model with { NodeWeights = weights });
    }
}
