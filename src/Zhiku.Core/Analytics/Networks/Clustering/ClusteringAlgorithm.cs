namespace Zhiku.Analytics.Networks.Clustering;

/// <summary>The optimisation heuristic.</summary>
public enum ClusteringAlgorithm
{
    /// <summary>Traag, Waltman &amp; van Eck (2019), "From Louvain to Leiden: guaranteeing well-connected communities".</summary>
    Leiden,

    /// <summary>Blondel et al. (2008), "Fast unfolding of communities in large networks".</summary>
    Louvain,
}
