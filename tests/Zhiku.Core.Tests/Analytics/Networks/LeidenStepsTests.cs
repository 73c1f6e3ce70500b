using Zhiku.Analytics;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Tests.Analytics.Networks;

/// <summary>The steps inside Leiden, checked against their definitions on small random graphs.</summary>
public sealed class LeidenStepsTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Aggregation_keeps_the_quality_of_the_partition(long seed)
    {
        var graph = RandomGraph(200, 800, seed);
        var random = new SeededRandom(seed);
        var clusters = Enumerable.Range(0, graph.NodeCount).Select(_ => random.Next(15)).ToArray();
        var count = Partitions.Renumber(clusters);
        var model = QualityModel.For(graph, QualityFunction.Modularity, 1.0);

        var (aggregate, aggregateModel) = Aggregation.Run(graph, model, clusters, count);

        // Each cluster becomes one node holding its internal weight as a self-loop: the same partition, the same Q.
        Assert.Equal(count, aggregate.NodeCount);
        Assert.Equal(graph.TotalWeight, aggregate.TotalWeight, 9);
        Assert.Equal(ClusterQuality.Modularity(graph, clusters), ClusterQuality.Modularity(aggregate, Partitions.Singletons(count)), 12);
        Assert.Equal(graph.Strengths.Sum(), aggregateModel.NodeWeights.Sum(), 9);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void Refined_clusters_are_connected_subsets_of_the_clusters(long seed)
    {
        var graph = RandomGraph(300, 900, seed);
        var model = QualityModel.For(graph, QualityFunction.Modularity, 1.0);
        var clusters = Partitions.Singletons(graph.NodeCount);
        new LocalMoving(graph, model, clusters).RunQueue(new SeededRandom(seed));
        var count = Partitions.Renumber(clusters);

        var refined = Refinement.Run(graph, model, clusters, count, 0.01, new SeededRandom(seed));

        Assert.True(Partitions.Renumber([.. refined]) > count, "refinement should split at least one cluster of a sparse random graph");
        for (var i = 0; i < graph.NodeCount; i++)
        {
            for (var j = 0; j < graph.NodeCount; j++)
            {
                Assert.True(refined[i] != refined[j] || clusters[i] == clusters[j], $"refined cluster of {i} and {j} crosses clusters");
            }
        }

        Assert.True(Karate.ClustersAreConnected(graph, refined));
    }

    [Fact]
    public void Renumbering_labels_clusters_in_order_of_first_appearance()
    {
        int[] clusters = [7, 3, 7, 0, 3, 9];

        var count = Partitions.Renumber(clusters);

        Assert.Equal(4, count);
        Assert.Equal([0, 1, 0, 2, 1, 3], clusters);
    }

    private static WeightedGraph RandomGraph(int nodes, int edges, long seed)
    {
        var random = new SeededRandom(seed);
        var list = new List<WeightedEdge>();
        for (var i = 0; i < edges; i++)
        {
            list.Add(new(random.Next(nodes), random.Next(nodes), 1 + random.Next(3)));
        }

        return WeightedGraph.FromEdges(nodes, list);
    }
}
