namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>
/// A clustering: <c>Clusters[i]</c> is node i's cluster, numbered 0.. by decreasing size. <see cref="Quality"/> is the
/// optimised function's value, <see cref="Modularity"/> the standard modularity (γ = 1) of the same partition.
/// </summary>
public sealed record ClusteringResult(
    IReadOnlyList<int> Clusters, int ClusterCount, double Quality, double Modularity, ClusteringOptions Options);
