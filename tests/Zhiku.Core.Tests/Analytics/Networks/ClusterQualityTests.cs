using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Tests.Analytics.Networks;

public sealed class ClusterQualityTests
{
    [Theory]
    [InlineData("faction_node9_officer", 0.3714661)]
    [InlineData("faction_node9_mrhi", 0.3582347)]
    [InlineData("leiden_modularity_opt", 0.4197896)]
    public void Modularity_of_the_karate_reference_partitions_matches_igraph(string column, double expected)
    {
        var karate = Karate.Graph();
        var clusters = Karate.Partition(karate, column).Select(c => c - 1).ToArray();

        Assert.Equal(expected, ClusterQuality.Modularity(karate.Graph, clusters), 6);
    }

    [Fact]
    public void Cpm_counts_internal_edges_minus_resolution_times_pairs()
    {
        // Two triangles joined by one edge: each cluster has 3 internal edges and 3 pairs.
        // CPM(γ = 0.5) = 2 × (3 − 0.5 × 3) = 3; modularity = 2 × (3/7 − (7/14)²) = 6/7 − 1/2.
        var graph = WeightedGraph.FromEdges(6, [new(0, 1), new(1, 2), new(0, 2), new(3, 4), new(4, 5), new(3, 5), new(2, 3)]);
        int[] clusters = [0, 0, 0, 1, 1, 1];

        Assert.Equal(3.0, ClusterQuality.Cpm(graph, clusters, 0.5), 12);
        Assert.Equal((6.0 / 7) - 0.5, ClusterQuality.Modularity(graph, clusters), 12);
    }

    [Fact]
    public void Self_loops_count_once_in_the_weight_and_twice_in_the_degree()
    {
        // One node with a loop of weight 2 and an edge of weight 1 to a second node: m = 3, degrees 5 and 1.
        // All in one cluster: Q = 3/3 − (6/6)² = 0; apart: Q = 2/3 − (5/6)² − (1/6)² = 2/3 − 26/36.
        var graph = WeightedGraph.FromEdges(2, [new(0, 0, 2), new(0, 1, 1)]);

        Assert.Equal(3.0, graph.TotalWeight);
        Assert.Equal(0.0, ClusterQuality.Modularity(graph, [0, 0]), 12);
        Assert.Equal((2.0 / 3) - (26.0 / 36), ClusterQuality.Modularity(graph, [0, 1]), 12);
    }
}
