using Zhiku.Analytics.Networks.Graph;

namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>Clusters a graph with Leiden or Louvain; deterministic for a given seed.</summary>
public static class NetworkClustering
{
    /// <summary>Upper bound on iterations when running "until unchanged", a guard against floating-point cycling.</summary>
    private const int MaxIterations = 1000;

    public static ClusteringResult Cluster(WeightedGraph graph, ClusteringOptions options)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.RandomStarts, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Resolution);
        var model = QualityModel.For(graph, options.Quality, options.Resolution);
        int[]? best = null;
        var bestQuality = double.NegativeInfinity;
        for (var start = 0; start < options.RandomStarts; start++)
        {
            var random = new SeededRandom(options.Seed + start);
            var clusters = Partitions.Singletons(graph.NodeCount);
            var iterations = options.Iterations < 0 ? MaxIterations : options.Iterations;
            for (var i = 0; i < iterations; i++)
            {
                var changed = options.Algorithm == ClusteringAlgorithm.Leiden
                    ? LeidenAlgorithm.Iterate(graph, model, clusters, options.Randomness, random)
                    : LouvainAlgorithm.Iterate(graph, model, clusters, random);
                if (!changed && options.Iterations < 0)
                {
                    break;
                }
            }

            var quality = ClusterQuality.Of(graph, clusters, options.Quality, options.Resolution);
            if (quality > bestQuality)
            {
                best = clusters;
                bestQuality = quality;
            }
        }

        var count = Partitions.Renumber(best!);
        var ordered = Partitions.OrderBySize(best!, count);
        var modularity = options.Quality == QualityFunction.Modularity && options.Resolution == 1.0
            ? bestQuality
            : ClusterQuality.Modularity(graph, ordered);
        return new ClusteringResult(ordered, count, bestQuality, modularity, options);
    }
}
