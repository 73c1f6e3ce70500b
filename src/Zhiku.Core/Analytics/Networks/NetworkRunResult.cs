using Zhiku.Analytics.Networks.Build;
using Zhiku.Analytics.Networks.Clustering;
using Zhiku.Analytics.Networks.Export;
using Zhiku.Analytics.Networks.Labels;
using Zhiku.Analytics.Networks.Layout;

namespace Zhiku.Analytics.Networks;

/// <summary>A built, clustered, labelled and laid-out network with the parameters that produced it.</summary>
public sealed record NetworkRunResult(
    NetworkParameters Parameters, BibliographicNetwork Network, NetworkMap Map, ClusteringResult Clustering,
    IReadOnlyList<ClusterLabel> Labels, LayoutOptions Layout);
