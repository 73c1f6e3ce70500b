using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>
/// One iteration of Louvain (Blondel et al. 2008): local moving sweeps, then aggregation of the clusters into nodes
/// starting again from singletons, until a level merges nothing.
/// </summary>
internal static class LouvainAlgorithm
{
    /// <summary>Improves the partition in place; true when it changed.</summary>
    public static bool Iterate(WeightedGraph graph, QualityModel model, int[] clusters, SeededRandom random)
    {
        var before = (int[])clusters.Clone();
        var level = graph;
        var levelModel = model;
        var partition = (int[])clusters.Clone();
        Partitions.Renumber(partition);
        var nodeOfOriginal = Partitions.Singletons(graph.NodeCount);
        while (true)
        {
            new LocalMoving(level, levelModel, partition).RunSweeps(random);
            var count = Partitions.Renumber(partition);
            for (var i = 0; i < nodeOfOriginal.Length; i++)
            {
                nodeOfOriginal[i] = partition[nodeOfOriginal[i]];
            }

            if (count == level.NodeCount)
            {
                break;
            }

            (level, levelModel) = Aggregation.Run(level, levelModel, partition, count);
            partition = Partitions.Singletons(count);
        }

        for (var i = 0; i < clusters.Length; i++)
        {
            clusters[i] = nodeOfOriginal[i];
        }

        return !Partitions.SameGrouping(before, clusters);
    }
}
