using Zhiku.Analytics;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Tests.Analytics.Networks;

public sealed class NetworkClusteringTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(42)]
    public void Leiden_with_modularity_reaches_the_karate_club_maximum(long seed)
    {
        var karate = Karate.Graph();

        var result = NetworkClustering.Cluster(karate.Graph, new ClusteringOptions { Seed = seed });

        Assert.Equal(0.4197896, result.Modularity, 6);
        Assert.Equal(result.Modularity, result.Quality, 12);
        Assert.Equal(4, result.ClusterCount);
        Assert.True(Partitions.SameGrouping([.. result.Clusters], Karate.Partition(karate, "leiden_modularity_opt")));
    }

    [Fact]
    public void Louvain_finds_a_near_optimal_karate_partition()
    {
        var karate = Karate.Graph();

        var result = NetworkClustering.Cluster(karate.Graph, new ClusteringOptions { Algorithm = ClusteringAlgorithm.Louvain, Seed = 7, RandomStarts = 10 });

        Assert.InRange(result.Modularity, 0.415, 0.41979);
    }

    [Theory]
    [InlineData(QualityFunction.Modularity, 1.0)]
    [InlineData(QualityFunction.Modularity, 2.5)]
    [InlineData(QualityFunction.Cpm, 0.05)]
    [InlineData(QualityFunction.Cpm, 0.3)]
    public void Leiden_clusters_are_connected(QualityFunction quality, double resolution)
    {
        // Sparse random graphs at high resolution are where Louvain leaves badly connected clusters.
        for (var seed = 0; seed < 20; seed++)
        {
            var graph = RandomGraph(300, 600, seed);

            var result = NetworkClustering.Cluster(graph, new ClusteringOptions { Quality = quality, Resolution = resolution, Seed = seed, Iterations = 3 });

            Assert.True(Karate.ClustersAreConnected(graph, result.Clusters), $"seed {seed}: a cluster is disconnected");
        }
    }

    [Fact]
    public void Connectivity_check_detects_a_disconnected_cluster()
    {
        var graph = WeightedGraph.FromEdges(4, [new(0, 1), new(2, 3)]);

        Assert.False(Karate.ClustersAreConnected(graph, [0, 0, 0, 0]));
        Assert.True(Karate.ClustersAreConnected(graph, [0, 0, 1, 1]));
    }

    [Fact]
    public void Cpm_separates_two_cliques_joined_by_one_edge()
    {
        var edges = new List<WeightedEdge>();
        for (var i = 0; i < 5; i++)
        {
            for (var j = i + 1; j < 5; j++)
            {
                edges.Add(new(i, j));
                edges.Add(new(i + 5, j + 5));
            }
        }

        edges.Add(new(4, 5));
        var graph = WeightedGraph.FromEdges(10, edges);

        var result = NetworkClustering.Cluster(graph, new ClusteringOptions { Quality = QualityFunction.Cpm, Resolution = 0.5 });

        // Each clique: 10 edges − 0.5 × 10 pairs = 5, total 10.
        Assert.Equal(2, result.ClusterCount);
        Assert.Equal(10.0, result.Quality, 12);
        Assert.Equal([0, 0, 0, 0, 0], result.Clusters.Take(5));
    }

    [Fact]
    public void The_same_seed_gives_the_same_clustering()
    {
        var graph = RandomGraph(500, 1500, 3);
        var options = new ClusteringOptions { Seed = 11, Iterations = 2 };

        var first = NetworkClustering.Cluster(graph, options);
        var second = NetworkClustering.Cluster(graph, options);

        Assert.Equal(first.Clusters, second.Clusters);
        Assert.Equal(options, first.Options);
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
