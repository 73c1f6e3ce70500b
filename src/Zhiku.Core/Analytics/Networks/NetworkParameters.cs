using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;

namespace Zhiku.Analytics.Networks;

/// <summary>How a network of the works is built and clustered: kind, counting, normalisation, thresholds, clustering.</summary>
public sealed record NetworkParameters
{
    /// <summary>One of <see cref="NetworkRun.Kinds"/>.</summary>
    public string Kind { get; init; } = "coword";

    public Counting Counting { get; init; } = Counting.Full;

    public Similarity Normalization { get; init; } = Similarity.Association;

    public ItemSelection Selection { get; init; } = new(1, 100);

    /// <summary>Clustering parameters; the layout uses the same seed.</summary>
    public ClusteringOptions Clustering { get; init; } = new();
}
