using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Tests.Analytics.Networks;

/// <summary>
/// Leiden with CPM against CWTS networkanalysis's own test (TestNetworkClustering.testLeidenAlgorithm): an 8-node graph
/// of a triangle {0,1,2} bridged to a 5-node part, clustered at resolutions 0.1 and 0.5. CWTS's CPM is
/// (2·Σ internal weight − γ·Σ n_c²)/2m; Zhiku's is Σ internal weight − γ·Σ n_c(n_c − 1)/2, which differs by the constant
/// γ·N/2 (after scaling), so the optimal partitions are the same and the expected qualities convert exactly.
/// </summary>
public sealed class CwtsCpmOracleTests
{
    private static WeightedGraph Graph() => WeightedGraph.FromEdges(8, [new(0, 1), new(0, 2), new(1, 2), new(1, 3), new(3, 4), new(3, 5), new(4, 5), new(5, 6), new(6, 7)]);

    [Theory]
    [InlineData(0.1, new[] { 0, 0, 0, 1, 1, 1, 1, 1 }, 16 - (0.1 * (9 + 25)))]
    [InlineData(0.5, new[] { 0, 0, 0, 1, 1, 1, 2, 2 }, 14 - (0.5 * (9 + 9 + 4)))]
    public void Leiden_cpm_finds_the_cwts_partition_and_quality(double resolution, int[] expected, double cwtsQualityTimesTwoM)
    {
        var result = NetworkClustering.Cluster(Graph(), new ClusteringOptions { Quality = QualityFunction.Cpm, Resolution = resolution, Seed = 0 });

        Assert.True(Partitions.SameGrouping([.. result.Clusters], expected), string.Join(",", result.Clusters));
        Assert.Equal((cwtsQualityTimesTwoM + (resolution * 8)) / 2, result.Quality, 10);
    }
}
