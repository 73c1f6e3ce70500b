using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>
/// One iteration of Leiden (Traag, Waltman &amp; van Eck 2019, Algorithm A.2): fast local moving, refinement,
/// aggregation of the refined partition with the unrefined one as the aggregate's starting partition, repeated until
/// no further aggregation is possible. As in the CWTS engine, the levels stop when refinement merges nothing.
/// </summary>
internal static class LeidenAlgorithm
{
    /// <summary>Improves the partition in place; true when it changed.</summary>
    public static bool Iterate(WeightedGraph graph, QualityModel model, int[] clusters, double randomness, SeededRandom random)
    {
        var before = (int[])clusters.Clone();
        var level = graph;
        var levelModel = model;
        var partition = (int[])clusters.Clone();
        Partitions.Renumber(partition);
        var nodeOfOriginal = Partitions.Singletons(graph.NodeCount);
        while (true)
        {
            new LocalMoving(level, levelModel, partition).RunQueue(random);
            var count = Partitions.Renumber(partition);
            if (count == level.NodeCount)
            {
                break;
            }

            var refined = Refinement.Run(level, levelModel, partition, count, randomness, random);
            var refinedCount = Partitions.Renumber(refined);
            if (refinedCount == level.NodeCount)
            {
                break;
            }

            var next = new int[refinedCount];
            for (var i = 0; i < level.NodeCount; i++)
            {
                next[refined[i]] = partition[i];
            }

            for (var i = 0; i < nodeOfOriginal.Length; i++)
            {
                nodeOfOriginal[i] = refined[nodeOfOriginal[i]];
            }

            (level, levelModel) = Aggregation.Run(level, levelModel, refined, refinedCount);
            partition = next;
        }

        for (var i = 0; i < clusters.Length; i++)
        {
            clusters[i] = partition[nodeOfOriginal[i]];
        }

        return !Partitions.SameGrouping(before, clusters);
    }
}
